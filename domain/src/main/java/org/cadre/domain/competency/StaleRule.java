package org.cadre.domain.competency;

import java.time.LocalDate;

/**
 * When an assessment is too old to trust: made more than so many months before the day. A stale
 * assessment still counts in every number; it is shown as stale.
 */
public record StaleRule(int months) {

  public static final int DEFAULT_MONTHS = 18;
  public static final StaleRule DEFAULT = new StaleRule(DEFAULT_MONTHS);

  public StaleRule {
    if (months < 1) {
      throw new IllegalArgumentException(
          "assessments turn stale after at least 1 month, not " + months);
    }
  }

  public boolean isStale(LocalDate assessedOn, LocalDate today) {
    return assessedOn.isBefore(staleBefore(today));
  }

  /** The first day an assessment is not stale on: as many months before the day. */
  public LocalDate staleBefore(LocalDate today) {
    return today.minusMonths(months);
  }
}
