package org.cadre.domain.org;

/** What an org unit is in the tree; any kind may sit under any other. */
public enum OrgUnitKind {
  DIVISION("Division"),
  DEPARTMENT("Department"),
  TEAM("Team");

  private final String label;

  OrgUnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
