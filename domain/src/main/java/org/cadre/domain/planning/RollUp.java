package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.org.OrgTree;

/**
 * A quarter's figures summed up the org tree: a unit shows its own seats plus those of every unit
 * below it, by blueprint and level, and its budget. A unit's budget is its own when HR or
 * leadership set one, else the sum of the budgets below it.
 */
public final class RollUp {

  private final OrgTree tree;
  private final QuarterFigures figures;
  private final Map<String, BigDecimal> budgets;
  private final Map<String, Map<SeatKey, SeatFigures>> seats = new HashMap<>();
  private final Map<String, Optional<BigDecimal>> rolledBudgets = new HashMap<>();

  /**
   * @param budgets each unit's own budget for the quarter, by unit code
   */
  public RollUp(OrgTree tree, QuarterFigures figures, Map<String, BigDecimal> budgets) {
    this.tree = tree;
    this.figures = figures;
    this.budgets = budgets;
  }

  public Quarter quarter() {
    return figures.quarter();
  }

  /** The subtree's seats by blueprint and level; the keys name the unit asked for. */
  public Map<SeatKey, SeatFigures> seats(String unitCode) {
    Map<SeatKey, SeatFigures> known = seats.get(unitCode);
    if (known != null) {
      return known;
    }
    Map<SeatKey, SeatFigures> sum = new LinkedHashMap<>();
    figures.seats(unitCode).forEach((seat, f) -> sum.merge(seat, f, SeatFigures::plus));
    for (String child : tree.children(unitCode)) {
      seats(child).forEach((seat, f) -> sum.merge(seat.in(unitCode), f, SeatFigures::plus));
    }
    seats.put(unitCode, sum);
    return sum;
  }

  public SeatFigures total(String unitCode) {
    return seats(unitCode).values().stream().reduce(SeatFigures.NONE, SeatFigures::plus);
  }

  /** The unit's budget, or the sum of those below it; empty when there is none. */
  public Optional<BigDecimal> budget(String unitCode) {
    Optional<BigDecimal> known = rolledBudgets.get(unitCode);
    if (known != null) {
      return known;
    }
    Optional<BigDecimal> budget = Optional.ofNullable(budgets.get(unitCode));
    if (budget.isEmpty()) {
      budget =
          tree.children(unitCode).stream()
              .map(this::budget)
              .flatMap(Optional::stream)
              .reduce(BigDecimal::add);
    }
    rolledBudgets.put(unitCode, budget);
    return budget;
  }
}
