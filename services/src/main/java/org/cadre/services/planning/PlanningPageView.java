package org.cadre.services.planning;

import java.util.List;

/**
 * Everything the planning page shows, read in one transaction: the unit's plan for each quarter,
 * the roll-up of its subtree, the selected plan's history and, for a scenario, its comparison with
 * the baseline; with the menus' choices and the address's parts as they were resolved.
 *
 * @param units the units the caller sees, each parent before its children; empty when none, and
 *     then every other part is null or empty
 * @param plans one per quarter of the range, in order; a quarter without a plan has an empty one
 * @param history the selected plan's history, newest first; empty when that quarter has no plan
 * @param comparison the scenario against the baseline; null for the baseline
 */
public record PlanningPageView(
    List<UnitOptionView> units,
    List<ScenarioView> scenarios,
    String unit,
    String scenario,
    String from,
    String to,
    String period,
    HeadcountView rollUp,
    List<PlanView> plans,
    List<PlanEventView> history,
    ScenarioComparison comparison) {

  /** The page of a caller who sees no unit. */
  static PlanningPageView noUnits() {
    return new PlanningPageView(
        List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(), null);
  }
}
