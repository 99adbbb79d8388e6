package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Durations in tenths of a day, each with how often it occurred, and their median and percentiles.
 * The median is the middle value, or the mean of the two middle values for an even count (so it may
 * have two decimals). A percentile p is by nearest rank: the smallest value with at least p% of all
 * values at or below it (the 90th of 10 values is the 9th smallest).
 */
public final class Distribution {

  private final TreeMap<Long, Long> counts = new TreeMap<>();
  private long total;

  public void add(long tenths) {
    add(tenths, 1);
  }

  public void add(long tenths, long count) {
    if (count <= 0) {
      return;
    }
    counts.merge(tenths, count, Long::sum);
    total += count;
  }

  public long count() {
    return total;
  }

  /** The median in days, empty when there are no values. */
  public Optional<BigDecimal> median() {
    if (total == 0) {
      return Optional.empty();
    }
    long lower = valueAt((total + 1) / 2);
    long upper = valueAt(total / 2 + 1);
    if (total % 2 == 1) {
      return Optional.of(Days.of(lower));
    }
    // exact: half of a number of tenths has at most two decimals
    return Optional.of(BigDecimal.valueOf(lower + upper, 1).divide(BigDecimal.valueOf(2)));
  }

  /** The percentile (1-100) in days by nearest rank, empty when there are no values. */
  public Optional<BigDecimal> percentile(int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("a percentile is 1 to 100, not " + p);
    }
    if (total == 0) {
      return Optional.empty();
    }
    long rank = (p * total + 99) / 100;
    return Optional.of(Days.of(valueAt(Math.max(1, rank))));
  }

  /** The value at the rank (1 for the smallest). */
  private long valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + total);
  }
}
