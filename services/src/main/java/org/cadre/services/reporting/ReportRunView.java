package org.cadre.services.reporting;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.cadre.domain.reporting.ReportRun;

/**
 * A pack asked for, as its requester sees it: what it is of, where its making stands, and its file
 * once made. Written with its nulls, so that readers always find every field.
 *
 * @param orgUnit null for the whole organisation
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param percent how far it is, 0 to 100
 * @param pages its pages once made as a PDF; null otherwise
 * @param error why it was not made; null unless it failed
 * @param scheduled whether a schedule asked for it
 */
@JsonbNillable
public record ReportRunView(
    long id,
    String type,
    String orgUnit,
    String from,
    String to,
    String scenario,
    String detail,
    String format,
    String lang,
    String status,
    int percent,
    Integer pages,
    String error,
    String requestedBy,
    Instant requestedAt,
    Instant finishedAt,
    String fileName,
    Long fileSize,
    boolean scheduled) {

  static ReportRunView of(ReportRun run) {
    return new ReportRunView(
        run.id(),
        run.request().kind(),
        run.request().unitCode(),
        run.request().first().toString(),
        run.request().last().toString(),
        run.request().scenario(),
        run.request().detail().name().toLowerCase(java.util.Locale.ROOT),
        run.request().format().extension(),
        run.request().language(),
        run.status().name(),
        run.percent(),
        run.pages(),
        run.error(),
        run.requestedBy(),
        run.requestedAt(),
        run.finishedAt(),
        run.fileName(),
        run.fileSize(),
        run.scheduleId() != null);
  }

  public boolean finished() {
    return "DONE".equals(status) || "FAILED".equals(status);
  }
}
