package org.cadre.domain.planning;

/**
 * Where a plan version stands: a draft is edited and submitted, then approved or rejected. An
 * approved version stays in force until a newer version of the same plan is approved, which
 * supersedes it.
 */
public enum PlanStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  APPROVED("Approved"),
  REJECTED("Rejected"),
  SUPERSEDED("Superseded");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
