package org.cadre.services.hiring;

import java.time.Instant;

/** A candidate as lists show them. */
public record CandidateRow(
    long id,
    String name,
    String email,
    String phone,
    String sourceLabel,
    boolean internal,
    Instant createdAt) {}
