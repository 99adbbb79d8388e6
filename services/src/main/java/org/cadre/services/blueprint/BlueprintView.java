package org.cadre.services.blueprint;

import java.util.List;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.Track;

/** One revision of a blueprint, whole. */
public record BlueprintView(
    long id,
    String title,
    String family,
    Level level,
    Track track,
    BlueprintStatus status,
    int revision,
    String summary,
    List<TechnicalSkillView> technicalSkills) {

  public BlueprintView {
    technicalSkills = List.copyOf(technicalSkills);
  }

  static BlueprintView of(BlueprintRevision revision) {
    return new BlueprintView(
        revision.blueprint().id(),
        revision.title(),
        revision.family(),
        revision.level().orElse(null),
        revision.track(),
        revision.status(),
        revision.number(),
        revision.summary(),
        revision.technicalSkills().stream().map(TechnicalSkillView::of).toList());
  }
}
