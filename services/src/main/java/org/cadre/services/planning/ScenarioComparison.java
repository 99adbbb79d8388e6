package org.cadre.services.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scenario against the baseline over a subtree and a range of quarters: every seat whose planned
 * FTE or cost differs, and the total deltas.
 */
public record ScenarioComparison(
    String scenario,
    String orgUnit,
    String from,
    String to,
    List<ScenarioDelta> deltas,
    BigDecimal deltaFte,
    BigDecimal deltaCost) {}
