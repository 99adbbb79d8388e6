package org.cadre.domain.hiring;

/** Whether an application is still moving, and how it ended. */
public enum ApplicationStatus {
  ACTIVE("Active"),
  REJECTED("Rejected"),
  WITHDRAWN("Withdrawn"),
  HIRED("Hired");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
