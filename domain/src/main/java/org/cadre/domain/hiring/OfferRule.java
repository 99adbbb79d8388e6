package org.cadre.domain.hiring;

import java.math.BigDecimal;

/**
 * When an offer needs leadership's approval besides HR's: when its salary is more than {@value
 * #TOLERANCE_PERCENT}% above what the cost table's rate for the blueprint and level gives for the
 * offer's FTE, or when the table has no rate to compare with.
 */
public final class OfferRule {

  public static final int TOLERANCE_PERCENT = 10;

  private static final BigDecimal FACTOR =
      BigDecimal.ONE.add(BigDecimal.valueOf(TOLERANCE_PERCENT, 2));

  private OfferRule() {}

  /**
   * @param ratePerFte the cost table's annual rate per FTE, or null when it has none
   */
  public static boolean needsLeadership(
      BigDecimal annualSalary, BigDecimal fte, BigDecimal ratePerFte) {
    if (ratePerFte == null) {
      return true;
    }
    return annualSalary.compareTo(ceiling(fte, ratePerFte)) > 0;
  }

  /** The highest salary HR approves alone for the FTE at the rate. */
  public static BigDecimal ceiling(BigDecimal fte, BigDecimal ratePerFte) {
    return ratePerFte.multiply(fte).multiply(FACTOR);
  }
}
