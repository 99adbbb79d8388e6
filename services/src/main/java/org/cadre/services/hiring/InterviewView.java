package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/** An interview, its interviewers and who of them has submitted a scorecard. */
public record InterviewView(
    long id,
    String stage,
    Instant scheduledAt,
    List<String> interviewers,
    List<String> submittedBy) {}
