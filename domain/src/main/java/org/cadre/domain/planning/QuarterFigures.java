package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of every seat of every unit for one quarter, each unit on its own: planned FTE and
 * cost from the plan lines, actual FTE from the people in post, open FTE from open requisitions. A
 * seat with people but no plan line shows planned 0, so people are never left out.
 */
public final class QuarterFigures {

  private final Quarter quarter;
  private final Map<String, Map<SeatKey, SeatFigures>> byUnit = new HashMap<>();

  private QuarterFigures(Quarter quarter) {
    this.quarter = quarter;
  }

  /**
   * @param lines the plan lines of the quarter (other quarters' lines are ignored)
   * @param actual actual FTE per seat, see {@link Actuals}
   * @param open FTE on open requisitions per seat
   */
  public static QuarterFigures of(
      Quarter quarter,
      Collection<PlannedLine> lines,
      Map<SeatKey, BigDecimal> actual,
      Map<SeatKey, BigDecimal> open,
      CostTable costs) {
    QuarterFigures figures = new QuarterFigures(quarter);
    for (PlannedLine planned : lines) {
      if (planned.period().equals(quarter)) {
        PlanLineRecord line = planned.line();
        BigDecimal rate = costs.rateFor(line).orElse(BigDecimal.ZERO);
        figures.add(
            line.seat(planned.unitCode()),
            new SeatFigures(
                line.plannedFte(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                Figures.cost(line.plannedFte(), rate)));
      }
    }
    actual.forEach(
        (seat, fte) ->
            figures.add(
                seat, new SeatFigures(BigDecimal.ZERO, fte, BigDecimal.ZERO, BigDecimal.ZERO)));
    open.forEach(
        (seat, fte) ->
            figures.add(
                seat, new SeatFigures(BigDecimal.ZERO, BigDecimal.ZERO, fte, BigDecimal.ZERO)));
    return figures;
  }

  private void add(SeatKey seat, SeatFigures more) {
    byUnit
        .computeIfAbsent(seat.unitCode(), u -> new LinkedHashMap<>())
        .merge(seat, more, SeatFigures::plus);
  }

  public Quarter quarter() {
    return quarter;
  }

  /** The unit's own seats, without the units below it. */
  public Map<SeatKey, SeatFigures> seats(String unitCode) {
    return byUnit.getOrDefault(unitCode, Map.of());
  }

  public SeatFigures total(String unitCode) {
    return seats(unitCode).values().stream().reduce(SeatFigures.NONE, SeatFigures::plus);
  }
}
