package org.cadre.domain.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.ScorecardDimension;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;

/**
 * What interviewers of a requisition rate, from its blueprint revision: the scorecard dimensions
 * with their rating anchors, then the must-have skills with their required levels.
 */
public record InterviewKit(String title, List<KitItem> items) {

  public InterviewKit {
    items = List.copyOf(items);
  }

  public static InterviewKit of(BlueprintRevision revision) {
    List<KitItem> items = new ArrayList<>();
    for (ScorecardDimension dimension : revision.scorecard()) {
      items.add(
          new KitItem(
              KitItemKind.DIMENSION, dimension.dimension(), null, dimension.anchors(), null, null));
    }
    for (TechnicalSkill skill : revision.technicalSkills()) {
      if (skill.tier() == SkillTier.MUST_HAVE) {
        items.add(
            new KitItem(
                KitItemKind.SKILL,
                skill.name(),
                skill.description(),
                null,
                skill.competencyId(),
                skill.requiredLevel()));
      }
    }
    return new InterviewKit(revision.title(), items);
  }

  /** The kit's item of the kind with the name (case ignored). */
  public Optional<KitItem> item(KitItemKind kind, String name) {
    if (name == null) {
      return Optional.empty();
    }
    return items.stream()
        .filter(i -> i.kind() == kind && i.name().equalsIgnoreCase(name.strip()))
        .findFirst();
  }
}
