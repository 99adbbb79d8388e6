package org.cadre.services.planning;

import java.util.List;

/**
 * One quarter of a roll-up: the subtree's totals against its budget, its seats by blueprint and
 * level, and the unit with each unit directly below it.
 */
public record QuarterHeadcountView(
    String period, PlanTotals totals, List<SeatView> blueprints, List<UnitHeadcountView> units) {}
