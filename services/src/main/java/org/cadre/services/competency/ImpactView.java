package org.cadre.services.competency;

import java.util.List;
import org.cadre.domain.blueprint.Importance;

/**
 * What publishing a revision would do: for each requirement it raises or adds, the people on the
 * blueprint who meet the revision in force but would fall below the new requirement.
 *
 * @param comparedWith the number of the published revision compared with; null when none is
 * @param people how many people in post hold the blueprint
 */
public record ImpactView(
    long blueprintId,
    int revision,
    Integer comparedWith,
    int people,
    List<SkillImpactView> skills) {

  public ImpactView {
    skills = List.copyOf(skills);
  }

  /**
   * One raised or added requirement.
   *
   * @param before the level required now; null when the revision in force does not require it
   */
  public record SkillImpactView(
      long competencyId,
      String name,
      Importance importance,
      Integer before,
      int after,
      List<ImpactPersonView> fallingBelow) {

    public SkillImpactView {
      fallingBelow = List.copyOf(fallingBelow);
    }
  }

  /**
   * A person who would fall below.
   *
   * @param assessed their latest level; null when never assessed
   */
  public record ImpactPersonView(String number, String name, String unitCode, Integer assessed) {}
}
