package org.cadre.domain.competency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.TechnicalSkill;

/**
 * What a blueprint revision requires: one {@link Requirement} per competency its technical skills
 * link to. Two skills linked to one competency make one requirement, at the higher level and the
 * greater importance. Skills not linked to the catalogue require nothing.
 */
public record RequiredProfile(long blueprintId, String title, List<Requirement> requirements) {

  public RequiredProfile {
    Map<Long, Requirement> merged = new LinkedHashMap<>();
    for (Requirement requirement : requirements) {
      merged.merge(requirement.competencyId(), requirement, Requirement::and);
    }
    requirements = List.copyOf(merged.values());
  }

  /** The requirements of a revision's technical skills, under the skills' own names. */
  public static RequiredProfile of(long blueprintId, BlueprintRevision revision) {
    return new RequiredProfile(
        blueprintId,
        revision.title(),
        revision.technicalSkills().stream()
            .filter(s -> s.competencyId() != null)
            .map(RequiredProfile::requirement)
            .toList());
  }

  private static Requirement requirement(TechnicalSkill skill) {
    return new Requirement(
        skill.competencyId(), skill.name(), skill.importance().orElse(null), skill.requiredLevel());
  }

  public Optional<Requirement> requirement(long competencyId) {
    return requirements.stream().filter(r -> r.competencyId() == competencyId).findFirst();
  }

  public boolean requires(long competencyId) {
    return requirement(competencyId).isPresent();
  }

  /** The competencies required by any of the profiles. */
  public static Set<Long> competencies(Collection<RequiredProfile> profiles) {
    Set<Long> ids = new LinkedHashSet<>();
    profiles.forEach(p -> p.requirements().forEach(r -> ids.add(r.competencyId())));
    return ids;
  }
}
