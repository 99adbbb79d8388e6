package org.cadre.domain.blueprint;

/** How common a tool is in the role, normalised from the blueprint's own wording. */
public enum Commonality {
  COMMON("Common"),
  OPTIONAL("Optional"),
  CONTEXT_SPECIFIC("Context-specific");

  private final String label;

  Commonality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
