package org.cadre.domain.hiring;

import java.time.Instant;

/** An application as a pipeline board shows it, read without loading its history. */
public record ApplicationCard(
    long applicationId,
    long candidateId,
    String candidateName,
    CandidateSource source,
    boolean internal,
    int stageIndex,
    String stageName,
    ApplicationStatus status,
    Instant appliedAt,
    Instant stageEnteredAt,
    long revision) {}
