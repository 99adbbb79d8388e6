package org.cadre.domain.hiring;

import java.time.Instant;

/**
 * A filled requisition as time to fill counts it: from its approval to its accepted offer, and the
 * seconds it spent on hold in between.
 */
public record FillFact(Instant approvedAt, Instant acceptedAt, long holdSeconds) {

  /** Days from approval to acceptance. */
  public long grossTenths() {
    return Days.tenths(approvedAt, acceptedAt);
  }

  /** Days from approval to acceptance, less the days on hold. */
  public long netTenths() {
    return Days.tenths(
        java.time.Duration.between(approvedAt, acceptedAt).getSeconds() - holdSeconds);
  }
}
