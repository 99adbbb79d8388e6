package org.cadre.services.planning;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import org.cadre.domain.planning.SeatFigures;

/**
 * The sums of a plan or a subtree, against the budget. Written with its nulls, so that JSON readers
 * always find every field the API names.
 *
 * @param budget null when no budget is set for the unit or below it
 */
@JsonbNillable
public record PlanTotals(
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal openRequisitions,
    BigDecimal gap,
    BigDecimal annualCost,
    BigDecimal budget) {

  static PlanTotals of(SeatFigures figures, BigDecimal budget) {
    return new PlanTotals(
        figures.plannedFte(),
        figures.actualFte(),
        figures.openFte(),
        figures.gap(),
        figures.annualCost(),
        budget);
  }
}
