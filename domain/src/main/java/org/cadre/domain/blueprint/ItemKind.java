package org.cadre.domain.blueprint;

/** The kinds of grouped lists a blueprint holds. */
public enum ItemKind {
  RESPONSIBILITY("Responsibilities"),
  ACTIVITY("Day-to-day activities"),
  DELIVERABLE("Deliverables"),
  GOAL("Goals"),
  EDUCATION("Education"),
  CERTIFICATION("Certifications");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
