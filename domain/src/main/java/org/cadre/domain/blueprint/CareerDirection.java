package org.cadre.domain.blueprint;

/** Where a role on the career path stands relative to the blueprint's role. */
public enum CareerDirection {
  /** Roles people come from. */
  FEEDER("Feeder roles"),
  /** Roles people grow into. */
  NEXT("Next roles"),
  /** Roles beside this one, reachable by a sideways move. */
  ADJACENT("Adjacent roles");

  private final String label;

  CareerDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
