package org.cadre.services.blueprint;

import java.time.Instant;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;

/** One revision in a blueprint's history. */
public record RevisionView(
    int revision,
    BlueprintStatus status,
    String title,
    Instant createdAt,
    Instant publishedAt,
    String sourceFile,
    int warningCount) {

  static RevisionView of(BlueprintRevision revision) {
    return new RevisionView(
        revision.number(),
        revision.status(),
        revision.title(),
        revision.createdAt(),
        revision.publishedAt().orElse(null),
        revision.source().map(s -> s.fileName()).orElse(null),
        revision.warnings().size());
  }
}
