package org.cadre.services.planning;

/**
 * What the planning page asks for, as its address names it; each part may be missing, and the page
 * then shows the caller's first unit, the baseline, the current quarter and the three after it, and
 * the first quarter selected.
 *
 * @param period the quarter whose plan is selected (its history shown, new lines added to it)
 */
public record PlanningPageQuery(
    String unit, String scenario, String from, String to, String period) {}
