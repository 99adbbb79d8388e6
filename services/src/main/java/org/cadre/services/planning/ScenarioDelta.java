package org.cadre.services.planning;

import java.math.BigDecimal;

/** How a scenario differs from the baseline for one unit, quarter, blueprint and level. */
public record ScenarioDelta(
    String period,
    String orgUnit,
    String orgUnitName,
    long blueprintId,
    String blueprintTitle,
    String level,
    BigDecimal baselineFte,
    BigDecimal scenarioFte,
    BigDecimal deltaFte,
    BigDecimal baselineCost,
    BigDecimal scenarioCost,
    BigDecimal deltaCost) {}
