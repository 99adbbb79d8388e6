package org.cadre.services.planning;

import java.time.Instant;

/** A scenario: what it copied from the baseline, by whom, and whether it was promoted. */
public record ScenarioView(
    String name,
    String orgUnit,
    String from,
    String to,
    String createdBy,
    Instant createdAt,
    int plans,
    String promotedBy,
    Instant promotedAt) {}
