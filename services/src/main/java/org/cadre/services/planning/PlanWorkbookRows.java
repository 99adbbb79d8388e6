package org.cadre.services.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;
import org.cadre.reports.planning.PlanWorkbook;
import org.cadre.services.imports.sheet.ColumnSpec;

/**
 * What the plan workbook's export and its import agree on: the columns that label a row, the hidden
 * key naming its seat, the revision a plan was exported at, and a seat's cost per FTE.
 */
final class PlanWorkbookRows {

  static final ColumnSpec UNIT = text(PlanWorkbook.UNIT, false);
  static final ColumnSpec UNIT_NAME = text(PlanWorkbook.UNIT_NAME, false);
  static final ColumnSpec BLUEPRINT = text(PlanWorkbook.BLUEPRINT, false);
  static final ColumnSpec LEVEL = text(PlanWorkbook.LEVEL, false);
  static final ColumnSpec SCENARIO = text(PlanWorkbook.SCENARIO, true);
  static final ColumnSpec KEY = text(PlanWorkbook.KEY, true);

  /** The columns every row has, whatever its quarters. */
  static final List<ColumnSpec> LABELS = List.of(UNIT, UNIT_NAME, BLUEPRINT, LEVEL, SCENARIO, KEY);

  private PlanWorkbookRows() {}

  static ColumnSpec text(String header, boolean required) {
    return required
        ? ColumnSpec.required(header, ColumnSpec.Kind.TEXT)
        : ColumnSpec.optional(header, ColumnSpec.Kind.TEXT);
  }

  /** The seat named by a key as {@link SeatKey#text()} writes it, or null if it is not one. */
  static SeatKey seat(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length != 3 || parts[0].isBlank()) {
      return null;
    }
    try {
      long blueprintId = Long.parseLong(parts[1]);
      Level level = "-".equals(parts[2]) ? null : Level.valueOf(parts[2]);
      return new SeatKey(parts[0], blueprintId, level);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The plan's id and revision as the hidden revision cell holds them; null for no plan. */
  static String revision(HeadcountPlan plan) {
    return plan == null ? null : PlanWorkbook.revision(plan.id(), plan.revision());
  }

  static String planKey(String unit, Quarter quarter) {
    return unit + " " + quarter;
  }

  /** The newest plan of each unit and quarter, by {@link #planKey}. */
  static Map<String, HeadcountPlan> newest(
      HeadcountPlanRepository plans,
      String scenario,
      Collection<String> units,
      List<Quarter> quarters) {
    Map<String, HeadcountPlan> newest = new HashMap<>();
    for (HeadcountPlan plan :
        plans.newest(scenario, units, quarters.get(0), quarters.get(quarters.size() - 1))) {
      newest.put(planKey(plan.unitCode(), plan.period()), plan);
    }
    return newest;
  }

  /** The seat's cost per FTE in the plan: its line's own rate, else the cost table's. */
  static Optional<BigDecimal> rate(CostTable costs, HeadcountPlan plan, SeatKey seat) {
    if (plan != null) {
      for (PlanLineRecord line : plan.lines()) {
        if (line.seat(seat.unitCode()).equals(seat)) {
          return costs.rateFor(line);
        }
      }
    }
    return costs.rate(seat.blueprintId(), seat.level());
  }
}
