package org.cadre.domain.reporting;

import java.time.Instant;

/**
 * A pack made at the start of every quarter, of that quarter and the three after it.
 *
 * @param request the pack's parameters; its quarters are those of the schedule's first run, and
 *     each run takes its own
 * @param owner who the packs are made for, with their rights when each is made
 */
public record ReportSchedule(
    long id, ReportRequest request, String owner, Instant createdAt, Instant nextRunAt) {}
