package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * How hiring metrics count time: in days, to a tenth of a day, rounded down (a stay of 2 days and
 * 23 hours is 2.9 days). Counting in tenths lets the database group durations into at most a few
 * thousand values, whatever the number of applications.
 */
public final class Days {

  /** Seconds in a tenth of a day. */
  public static final long TENTH = 8_640;

  private Days() {}

  /** Whole tenths of a day in the seconds; 0 for a negative span. */
  public static long tenths(long seconds) {
    return Math.max(0, seconds) / TENTH;
  }

  public static long tenths(Instant from, Instant to) {
    return tenths(Duration.between(from, to).getSeconds());
  }

  /** Tenths of a day as days, e.g. 29 as 2.9. */
  public static BigDecimal of(long tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }
}
