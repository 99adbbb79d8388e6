package org.cadre.services.reporting;

import java.time.Instant;
import org.cadre.domain.reporting.ReportSchedule;

/**
 * A quarterly pack: what it is of, and when it is next made.
 *
 * @param orgUnit null for the whole organisation
 */
public record ReportScheduleView(
    long id,
    String type,
    String orgUnit,
    String scenario,
    String detail,
    String format,
    String lang,
    String owner,
    Instant createdAt,
    Instant nextRunAt) {

  static ReportScheduleView of(ReportSchedule schedule) {
    return new ReportScheduleView(
        schedule.id(),
        schedule.request().kind(),
        schedule.request().unitCode(),
        schedule.request().scenario(),
        schedule.request().detail().name().toLowerCase(java.util.Locale.ROOT),
        schedule.request().format().extension(),
        schedule.request().language(),
        schedule.owner(),
        schedule.createdAt(),
        schedule.nextRunAt());
  }
}
