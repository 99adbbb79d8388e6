package org.cadre.reports.workforce;

import org.cadre.domain.planning.PlanStatus;

/**
 * A unit's figures for one quarter.
 *
 * @param status the status of the unit's own plan for the quarter; null when it has none
 */
public record QuarterTotals(String quarter, PackFigures figures, PlanStatus status) {}
