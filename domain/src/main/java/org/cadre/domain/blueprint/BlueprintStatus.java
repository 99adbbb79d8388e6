package org.cadre.domain.blueprint;

/**
 * Life cycle of a blueprint revision: drafted, then published; a newer publication supersedes it.
 */
public enum BlueprintStatus {
  DRAFT("Draft"),
  PUBLISHED("Published"),
  SUPERSEDED("Superseded"),
  RETIRED("Retired");

  private final String label;

  BlueprintStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
