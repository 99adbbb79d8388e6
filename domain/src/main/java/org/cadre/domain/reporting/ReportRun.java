package org.cadre.domain.reporting;

import java.time.Instant;

/**
 * A pack asked for, and where its making stands.
 *
 * @param scheduleId the schedule that asked for it; null when a person did
 * @param percent how far its making is, 0 to 100
 * @param pages its pages once made (PDF); null otherwise
 * @param error why it failed; null unless it did
 * @param fileName the name its file downloads as, once made
 */
public record ReportRun(
    long id,
    ReportRequest request,
    String requestedBy,
    Instant requestedAt,
    Long scheduleId,
    ReportStatus status,
    int percent,
    Integer pages,
    String error,
    Instant finishedAt,
    String fileName,
    Long fileSize) {}
