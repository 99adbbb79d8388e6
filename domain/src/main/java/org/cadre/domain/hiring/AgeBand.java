package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Open requisitions of one age band: under 30 days open, 30 to 59, 60 to 89, 90 and over. A
 * requisition's age on a day is the whole days since it began to count as open (its approval).
 *
 * @param fromDays the youngest age in the band
 * @param toDays the oldest age in the band; null for the last band, which has no end
 */
public record AgeBand(int fromDays, Integer toDays, long requisitions, BigDecimal fte) {

  /** Where each band starts, in days. */
  static final int[] STARTS = {0, 30, 60, 90};

  /** Every band, the empty ones included, youngest first, of the requisitions open on the day. */
  public static List<AgeBand> of(Collection<OpenFact> open, LocalDate day) {
    long[] counts = new long[STARTS.length];
    BigDecimal[] fte = new BigDecimal[STARTS.length];
    Arrays.fill(fte, BigDecimal.ZERO);
    for (OpenFact fact : open) {
      long age = ChronoUnit.DAYS.between(fact.openFrom(), day);
      int band = STARTS.length - 1;
      while (band > 0 && age < STARTS[band]) {
        band--;
      }
      counts[band]++;
      fte[band] = fte[band].add(fact.fte());
    }
    List<AgeBand> bands = new ArrayList<>();
    for (int i = 0; i < STARTS.length; i++) {
      Integer to = i + 1 < STARTS.length ? STARTS[i + 1] - 1 : null;
      bands.add(new AgeBand(STARTS[i], to, counts[i], fte[i]));
    }
    return bands;
  }
}
