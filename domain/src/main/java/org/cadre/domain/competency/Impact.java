package org.cadre.domain.competency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What publishing a revision would do to the people on its blueprint, skill by skill: for each
 * requirement it raises or adds, who meets the revision in force but would fall below the new one.
 */
public final class Impact {

  private Impact() {}

  /**
   * @param inForce what the published revision requires; null when none is published
   * @param next what the revision to publish requires
   * @param people the people on the blueprint
   */
  public static List<SkillImpact> of(
      RequiredProfile inForce, RequiredProfile next, Collection<PersonSkills> people) {
    List<SkillImpact> impacts = new ArrayList<>();
    for (Requirement after : next.requirements()) {
      Integer before =
          inForce == null
              ? null
              : inForce.requirement(after.competencyId()).map(Requirement::level).orElse(null);
      if (before != null && before >= after.level()) {
        continue;
      }
      List<PersonSkills> falling =
          people.stream()
              .filter(
                  p -> {
                    int level = p.levels().level(after.competencyId());
                    return level < after.level() && (before == null || level >= before);
                  })
              .toList();
      impacts.add(new SkillImpact(after, before, falling));
    }
    return impacts;
  }
}
