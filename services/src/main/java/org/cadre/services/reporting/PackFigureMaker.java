package org.cadre.services.reporting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.Figures;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.reports.workforce.PackFigures;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.SubtreeFigures;

/**
 * A unit's pack figures for a quarter: planned, actual, open and gap FTE and the planned cost and
 * budget exactly as the roll-up API gives them, and the cost of actual, open and gap FTE at each
 * seat's own rate (its planned cost per planned FTE, else HR's cost table).
 */
final class PackFigureMaker {

  private final SubtreeFigures figures;
  private final CostTable costs;

  PackFigureMaker(SubtreeFigures figures, CostTable costs) {
    this.figures = figures;
    this.costs = costs;
  }

  PackFigures of(String unitCode, Quarter quarter) {
    PlanTotals totals = figures.totals(unitCode, quarter);
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal open = BigDecimal.ZERO;
    for (Map.Entry<SeatKey, SeatFigures> seat : figures.seatFigures(unitCode, quarter).entrySet()) {
      BigDecimal rate = rate(seat.getKey(), seat.getValue());
      actual = actual.add(Figures.cost(seat.getValue().actualFte(), rate));
      open = open.add(Figures.cost(seat.getValue().openFte(), rate));
    }
    BigDecimal gapCost = totals.annualCost().subtract(actual).subtract(open);
    return new PackFigures(
        totals.plannedFte(),
        totals.actualFte(),
        totals.openRequisitions(),
        totals.gap(),
        totals.annualCost(),
        actual,
        open,
        gapCost,
        totals.budget());
  }

  /** The figures of units side by side, summed; the budget is missing only when all are. */
  static PackFigures sum(Collection<PackFigures> parts) {
    BigDecimal[] sums = new BigDecimal[8];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    BigDecimal budget = null;
    for (PackFigures f : parts) {
      BigDecimal[] values = {
        f.plannedFte(), f.actualFte(), f.openFte(), f.gapFte(),
        f.plannedCost(), f.actualCost(), f.openCost(), f.gapCost()
      };
      for (int i = 0; i < values.length; i++) {
        sums[i] = sums[i].add(values[i]);
      }
      if (f.budget() != null) {
        budget = budget == null ? f.budget() : budget.add(f.budget());
      }
    }
    return new PackFigures(
        sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], budget);
  }

  /** What a seat's FTE cost a year: the rate its planned cost was worked out at. */
  BigDecimal rate(SeatKey seat, SeatFigures figures) {
    if (figures.plannedFte().signum() > 0) {
      return figures.annualCost().divide(figures.plannedFte(), 2, java.math.RoundingMode.HALF_UP);
    }
    return costs.rate(seat.blueprintId(), seat.level()).orElse(BigDecimal.ZERO);
  }
}
