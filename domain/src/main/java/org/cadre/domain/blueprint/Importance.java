package org.cadre.domain.blueprint;

/**
 * How much a skill matters to a role, normalised from the blueprint's own wording. It sets the
 * skill's default {@link #requiredLevel(Importance) required level} and its {@link
 * #weight(Importance) weight} in weighted gaps; a skill whose importance is not known counts as
 * important.
 */
public enum Importance {
  CRITICAL("Critical", 4, 3),
  IMPORTANT("Important", 3, 2),
  OPTIONAL("Optional", 2, 1),
  CONTEXT_SPECIFIC("Context-specific", 2, 1);

  private final String label;
  private final int requiredLevel;
  private final int weight;

  Importance(String label, int requiredLevel, int weight) {
    this.label = label;
    this.requiredLevel = requiredLevel;
    this.weight = weight;
  }

  public String label() {
    return label;
  }

  /** The proficiency (0-5) a skill of this importance asks for unless HR sets another. */
  public int requiredLevel() {
    return requiredLevel;
  }

  /** How much a missing level of a skill of this importance weighs in a weighted gap. */
  public int weight() {
    return weight;
  }

  /** The default required level of a skill of this importance, or of unknown importance (null). */
  public static int requiredLevel(Importance importance) {
    return (importance == null ? IMPORTANT : importance).requiredLevel();
  }

  /** The weight of a skill of this importance, or of unknown importance (null). */
  public static int weight(Importance importance) {
    return (importance == null ? IMPORTANT : importance).weight();
  }
}
