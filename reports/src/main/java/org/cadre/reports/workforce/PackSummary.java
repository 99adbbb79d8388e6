package org.cadre.reports.workforce;

import java.util.List;

/**
 * The summary page: the pack unit's figures at the last quarter, people hired and gone over the
 * period, the largest gaps and the critical skills at risk.
 *
 * @param quarter the last quarter of the period, which the figures are of
 * @param skillsAtRisk empty until the skills figures exist
 */
public record PackSummary(
    String quarter,
    PackFigures figures,
    int hires,
    int leavers,
    List<GapRow> largestGaps,
    List<SkillsSection.RiskRow> skillsAtRisk) {

  public PackSummary {
    largestGaps = List.copyOf(largestGaps);
    skillsAtRisk = List.copyOf(skillsAtRisk);
  }
}
