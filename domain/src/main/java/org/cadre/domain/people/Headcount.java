package org.cadre.domain.people;

import java.math.BigDecimal;

/** How many people a unit has, and their full-time equivalents. */
public record Headcount(int people, BigDecimal fte) {

  public static final Headcount NONE = new Headcount(0, BigDecimal.ZERO);

  /** Keeps the FTE in plain notation without trailing zeros: 12.8, not 12.800 or 1.28E+1. */
  public Headcount {
    fte = fte.stripTrailingZeros();
    if (fte.scale() < 0) {
      fte = fte.setScale(0);
    }
  }

  public Headcount plus(Headcount other) {
    return new Headcount(people + other.people, fte.add(other.fte));
  }
}
