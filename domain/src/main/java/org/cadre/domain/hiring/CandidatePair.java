package org.cadre.domain.hiring;

/** Two candidates who look like one person, the older first. */
public record CandidatePair(long first, long second) {}
