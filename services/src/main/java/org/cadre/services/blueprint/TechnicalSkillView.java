package org.cadre.services.blueprint;

import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;

/** A technical skill of a blueprint, as shown and sent over the API. */
public record TechnicalSkillView(
    SkillTier tier,
    String name,
    String description,
    String typicalUse,
    Importance importance,
    String importanceText,
    Long competencyId) {

  static TechnicalSkillView of(TechnicalSkill skill) {
    return new TechnicalSkillView(
        skill.tier(),
        skill.name(),
        skill.description(),
        skill.typicalUse(),
        skill.importance().orElse(null),
        skill.importanceText(),
        skill.competencyId());
  }
}
