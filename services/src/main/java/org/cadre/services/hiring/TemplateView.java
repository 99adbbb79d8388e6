package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/**
 * A blueprint family's pipeline template; {@code isDefault} when HR has set none, so the family
 * gets Cadre's default pipeline.
 */
public record TemplateView(
    String family,
    List<StageView> stages,
    boolean isDefault,
    String updatedBy,
    Instant updatedAt,
    long revision) {}
