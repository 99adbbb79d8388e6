package org.cadre.services.people;

import java.time.LocalDate;

/**
 * A competency of a person: their latest assessment of it and what their blueprint asks for.
 *
 * @param level the latest assessed level, or null when never assessed
 * @param expected the level the blueprint asks for, or null when the blueprint does not name it
 * @param gap expected minus assessed (never assessed counts as 0); null without an expectation
 * @param expectedThen the level the blueprint required when the latest assessment was made; null
 *     when it required none (or there is no assessment)
 * @param stale whether the latest assessment is older than the stale setting
 */
public record AssessmentView(
    long competencyId,
    String competency,
    Integer level,
    LocalDate assessedOn,
    String source,
    Integer expected,
    Integer gap,
    Integer expectedThen,
    boolean stale) {}
