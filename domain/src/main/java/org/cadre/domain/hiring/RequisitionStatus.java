package org.cadre.domain.hiring;

/** Where a requisition stands. */
public enum RequisitionStatus {
  DRAFT("Draft"),
  APPROVED("Approved"),
  OPEN("Open"),
  ON_HOLD("On hold"),
  FILLED("Filled"),
  CANCELLED("Cancelled");

  private final String label;

  RequisitionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the requisition has ended: filled or cancelled. */
  public boolean closed() {
    return this == FILLED || this == CANCELLED;
  }
}
