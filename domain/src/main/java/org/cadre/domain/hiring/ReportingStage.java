package org.cadre.domain.hiring;

/**
 * The fixed stages funnels are reported on. Every stage of every pipeline maps to one of them, so
 * funnels of families with different pipelines compare; their order is the order of the funnel.
 */
public enum ReportingStage {
  APPLIED("Applied"),
  SCREEN("Screen"),
  INTERVIEW("Interview"),
  FINAL("Final interview"),
  OFFER("Offer"),
  HIRED("Hired");

  private final String label;

  ReportingStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether time spent in the stage is measured: every stage but the last, where it ends. */
  public boolean timed() {
    return this != HIRED;
  }
}
