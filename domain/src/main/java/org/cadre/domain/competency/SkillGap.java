package org.cadre.domain.competency;

/**
 * One required skill of a person against a blueprint: required, assessed (the latest assessment;
 * never assessed counts as 0) and the gap between them.
 *
 * @param assessed the latest assessment, or null when never assessed
 * @param stale whether that assessment is older than the {@link StaleRule}
 */
public record SkillGap(Requirement requirement, Assessed assessed, boolean stale) {

  public int required() {
    return requirement.level();
  }

  /** The latest assessed level; 0 when never assessed. */
  public int assessedLevel() {
    return assessed == null ? 0 : assessed.level();
  }

  /** Required minus assessed: above 0 a level is missing, at or below 0 the skill is met. */
  public int gap() {
    return required() - assessedLevel();
  }

  public boolean met() {
    return gap() <= 0;
  }

  /** min(1, assessed / required); a skill that requires level 0 is met. */
  public double proportion() {
    return required() == 0 ? 1.0 : Math.min(1.0, (double) assessedLevel() / required());
  }

  /** weight x max(0, required - assessed). */
  public int weightedGap() {
    return requirement.weight() * Math.max(0, gap());
  }
}
