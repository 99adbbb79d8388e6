package org.cadre.services.hiring;

import java.time.Instant;

/** An interview as an interviewer's list shows it. */
public record InterviewRow(
    long interviewId,
    long applicationId,
    String candidateName,
    String requisitionTitle,
    String stage,
    Instant scheduledAt,
    boolean submitted) {}
