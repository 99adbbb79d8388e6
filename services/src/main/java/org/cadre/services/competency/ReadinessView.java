package org.cadre.services.competency;

import java.util.List;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.competency.Readiness;
import org.cadre.domain.competency.SkillGap;

/**
 * A person's readiness for a blueprint (its published revision), by both methods, skill by skill.
 *
 * @param countMethod share of required skills assessed at or above the required level, 0 to 1
 * @param proportionalMethod mean over required skills of min(1, assessed / required), 0 to 1
 * @param weightedGap sum of weight x max(0, required - assessed)
 */
public record ReadinessView(
    long blueprintId,
    String blueprintTitle,
    double countMethod,
    double proportionalMethod,
    int weightedGap,
    List<SkillGapView> skills) {

  public ReadinessView {
    skills = List.copyOf(skills);
  }

  static ReadinessView of(Readiness readiness) {
    return new ReadinessView(
        readiness.profile().blueprintId(),
        readiness.profile().title(),
        readiness.countMethod(),
        readiness.proportionalMethod(),
        readiness.weightedGap(),
        readiness.skills().stream().map(SkillGapView::of).toList());
  }

  /** One required skill. */
  public record SkillGapView(
      long competencyId,
      String name,
      Importance importance,
      int required,
      Integer assessed,
      int gap,
      boolean stale) {

    static SkillGapView of(SkillGap gap) {
      return new SkillGapView(
          gap.requirement().competencyId(),
          gap.requirement().name(),
          gap.requirement().importance(),
          gap.required(),
          gap.assessed() == null ? null : gap.assessed().level(),
          gap.gap(),
          gap.stale());
    }
  }
}
