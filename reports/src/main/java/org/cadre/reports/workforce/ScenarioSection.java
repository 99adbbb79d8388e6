package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.domain.blueprint.Level;

/**
 * A scenario against the baseline: every unit, blueprint and quarter whose planned FTE or cost
 * differs, and the total differences.
 */
public record ScenarioSection(
    String name, List<Row> rows, BigDecimal deltaFte, BigDecimal deltaCost) {

  public ScenarioSection {
    rows = List.copyOf(rows);
  }

  /**
   * @param level null when the seat has none
   */
  public record Row(
      String quarter,
      String unitName,
      String blueprint,
      Level level,
      BigDecimal baselineFte,
      BigDecimal scenarioFte,
      BigDecimal deltaFte,
      BigDecimal baselineCost,
      BigDecimal scenarioCost,
      BigDecimal deltaCost) {}
}
