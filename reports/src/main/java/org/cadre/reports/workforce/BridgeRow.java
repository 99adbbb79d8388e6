package org.cadre.reports.workforce;

import java.math.BigDecimal;
import org.cadre.domain.planning.BridgeFigures;

/**
 * A quarter of a headcount bridge, against the plan.
 *
 * @param forecast whether the quarter ends after the pack was made: its hires and leavers are those
 *     known so far
 */
public record BridgeRow(
    String quarter, boolean forecast, BridgeFigures figures, BigDecimal plannedFte) {}
