package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How plan numbers are rounded: FTE to 3 decimals, money to cents, both without noise. */
public final class Figures {

  private Figures() {}

  /** FTE at scale 3; null counts as 0. */
  public static BigDecimal fte(BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(3, RoundingMode.HALF_UP);
  }

  /** Money at scale 2; null counts as 0. */
  public static BigDecimal money(BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
  }

  /** The annual cost of FTE at a rate per FTE, in cents. */
  public static BigDecimal cost(BigDecimal fte, BigDecimal ratePerFte) {
    return money(fte(fte).multiply(ratePerFte == null ? BigDecimal.ZERO : ratePerFte));
  }
}
