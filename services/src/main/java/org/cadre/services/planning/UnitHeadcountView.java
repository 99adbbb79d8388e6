package org.cadre.services.planning;

/**
 * A unit in a roll-up: its plan's status for the quarter and the totals of its subtree.
 *
 * @param planId the newest version of its own plan; null when it has none
 * @param status the status's name, or NONE
 */
public record UnitHeadcountView(
    String code,
    String name,
    String kind,
    String parentCode,
    int depth,
    boolean hasChildren,
    Long planId,
    String status,
    String statusLabel,
    PlanTotals totals) {}
