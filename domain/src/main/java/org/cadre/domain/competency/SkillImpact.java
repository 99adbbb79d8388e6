package org.cadre.domain.competency;

import java.util.List;

/**
 * A requirement a new revision raises or adds, and the people on the blueprint it would put below.
 *
 * @param before the level the revision in force requires; null when it does not require it
 * @param fallingBelow people who meet the requirement in force (or had none) but not the new one
 */
public record SkillImpact(Requirement after, Integer before, List<PersonSkills> fallingBelow) {

  public SkillImpact {
    fallingBelow = List.copyOf(fallingBelow);
  }
}
