package org.cadre.domain.blueprint;

/** Whether a role grows by individual contribution or by managing people. */
public enum Track {
  INDIVIDUAL_CONTRIBUTOR("Individual contributor"),
  MANAGEMENT("Management");

  private final String label;

  Track(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
