package org.cadre.services.blueprint;

import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.Track;

/** One row of the blueprint library. */
public record BlueprintSummaryView(
    long id,
    String title,
    String family,
    Level level,
    Track track,
    BlueprintStatus status,
    int revision) {

  static BlueprintSummaryView of(BlueprintRevision revision) {
    return new BlueprintSummaryView(
        revision.blueprint().id(),
        revision.title(),
        revision.family(),
        revision.level().orElse(null),
        revision.track(),
        revision.status(),
        revision.number());
  }
}
