package org.cadre.domain.people;

/** Who judged an employee's proficiency. */
public enum AssessmentSource {
  SELF("Self"),
  MANAGER("Manager"),
  IMPORT("Import"),
  INTERVIEW("Interview");

  private final String label;

  AssessmentSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
