package org.cadre.domain.hiring;

import java.time.Instant;

/** An accepted offer as time to hire and source of hire count it. */
public record HireFact(Instant appliedAt, Instant acceptedAt, CandidateSource source) {

  /** Days from application to accepted offer. */
  public long tenths() {
    return Days.tenths(appliedAt, acceptedAt);
  }
}
