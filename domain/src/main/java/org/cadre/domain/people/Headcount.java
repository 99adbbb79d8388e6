package org.cadre.domain.people;

import java.math.BigDecimal;

/** How many people a unit has, and their full-time equivalents. */
public record Headcount(int people, BigDecimal fte) {

  public static final Headcount NONE = new Headcount(0, BigDecimal.ZERO);

  public Headcount plus(Headcount other) {
    return new Headcount(people + other.people, fte.add(other.fte));
  }
}
