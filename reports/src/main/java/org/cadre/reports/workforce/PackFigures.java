package org.cadre.reports.workforce;

import java.math.BigDecimal;

/**
 * A unit's numbers for a quarter: FTE planned, in post, on open requisitions and still to find
 * (gap), each with its annual cost at the plan's rates, and the budget.
 *
 * @param budget null when no budget is set for the unit or below it
 */
public record PackFigures(
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal openFte,
    BigDecimal gapFte,
    BigDecimal plannedCost,
    BigDecimal actualCost,
    BigDecimal openCost,
    BigDecimal gapCost,
    BigDecimal budget) {

  /** Budget minus planned cost: what is left (negative when over budget); null without budget. */
  public BigDecimal variance() {
    return budget == null ? null : budget.subtract(plannedCost);
  }
}
