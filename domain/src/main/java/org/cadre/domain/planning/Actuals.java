package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Actual FTE per seat for a quarter, by the rule of {@link Incumbent#countsIn}. */
public final class Actuals {

  private Actuals() {}

  public static Map<SeatKey, BigDecimal> of(
      Collection<Incumbent> incumbents, Quarter quarter, LocalDate today) {
    Map<SeatKey, BigDecimal> fte = new HashMap<>();
    for (Incumbent incumbent : incumbents) {
      if (incumbent.countsIn(quarter, today)) {
        fte.merge(incumbent.seat(), incumbent.fte(), BigDecimal::add);
      }
    }
    return fte;
  }
}
