package org.cadre.services.blueprint;

import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;

/**
 * A technical skill of a blueprint, as shown and sent over the API.
 *
 * @param skillId the skill's id within its blueprint
 * @param requiredLevel the level (0-5) the revision requires
 * @param levelSet whether HR set that level; if not, it follows the importance
 */
public record TechnicalSkillView(
    SkillTier tier,
    String name,
    String description,
    String typicalUse,
    Importance importance,
    String importanceText,
    Long competencyId,
    Integer skillId,
    int requiredLevel,
    boolean levelSet) {

  public static TechnicalSkillView of(TechnicalSkill skill) {
    return new TechnicalSkillView(
        skill.tier(),
        skill.name(),
        skill.description(),
        skill.typicalUse(),
        skill.importance().orElse(null),
        skill.importanceText(),
        skill.competencyId(),
        skill.skillId(),
        skill.requiredLevel(),
        skill.isLevelSet());
  }
}
