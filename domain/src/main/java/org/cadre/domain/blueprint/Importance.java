package org.cadre.domain.blueprint;

/** How much a skill matters to a role, normalised from the blueprint's own wording. */
public enum Importance {
  CRITICAL("Critical"),
  IMPORTANT("Important"),
  OPTIONAL("Optional"),
  CONTEXT_SPECIFIC("Context-specific");

  private final String label;

  Importance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
