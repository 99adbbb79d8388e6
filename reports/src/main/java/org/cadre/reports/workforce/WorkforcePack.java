package org.cadre.reports.workforce;

import java.util.List;

/**
 * What the leadership workforce pack shows of a unit's subtree over a range of quarters, section by
 * section; the PDF and the workbook render the same record.
 *
 * @param units headcount and cost by unit at the last quarter, in print order: each group's units,
 *     then the group's subtotal, and the grand total last
 * @param chartUnits the units directly below the pack's unit, for the bar charts
 * @param trend the pack unit's totals for each quarter
 * @param scenario null when no scenario was chosen
 * @param hiring null until the hiring figures exist
 * @param skills null until the skills figures exist
 * @param unitPages one per unit of the chosen detail, parents before children
 */
public record WorkforcePack(
    PackCover cover,
    PackSummary summary,
    List<BridgeRow> bridge,
    List<UnitRow> units,
    List<UnitRow> chartUnits,
    List<QuarterTotals> trend,
    List<MixCell> mix,
    ScenarioSection scenario,
    HiringSection hiring,
    SkillsSection skills,
    List<UnitPage> unitPages,
    PackLineage lineage) {

  public WorkforcePack {
    bridge = List.copyOf(bridge);
    units = List.copyOf(units);
    chartUnits = List.copyOf(chartUnits);
    trend = List.copyOf(trend);
    mix = List.copyOf(mix);
    unitPages = List.copyOf(unitPages);
  }
}
