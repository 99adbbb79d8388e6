package org.cadre.domain.blueprint;

/** The tiers a blueprint sorts its technical skills into, in the order they are presented. */
public enum SkillTier {
  MUST_HAVE("Must-have"),
  GOOD_TO_HAVE("Good-to-have"),
  ADVANCED("Advanced"),
  EMERGING("Emerging");

  private final String label;

  SkillTier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
