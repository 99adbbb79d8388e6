package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.domain.blueprint.Level;

/**
 * Skills against the blueprints people hold: coverage of the critical competencies, the skills at
 * risk, the units with the largest weighted gaps and internal candidates for open gaps.
 */
public record SkillsSection(
    List<CoverageRow> criticalCoverage,
    List<RiskRow> atRisk,
    List<UnitGapRow> largestGaps,
    List<CandidateRow> internalCandidates) {

  public SkillsSection {
    criticalCoverage = List.copyOf(criticalCoverage);
    atRisk = List.copyOf(atRisk);
    largestGaps = List.copyOf(largestGaps);
    internalCandidates = List.copyOf(internalCandidates);
  }

  /**
   * A critical competency: how many people's blueprints need it and how many of them are assessed
   * at the level needed.
   */
  public record CoverageRow(String competency, int needed, int covered) {

    /** The share of those who need it who have it, 0 to 1; null when nobody needs it. */
    public BigDecimal share() {
      return needed == 0
          ? null
          : BigDecimal.valueOf(covered)
              .divide(BigDecimal.valueOf(needed), 3, java.math.RoundingMode.HALF_UP);
    }
  }

  /**
   * A critical competency at risk in a unit: at most one person of the unit holds it.
   *
   * @param holders people of the unit assessed at the highest level it is required at there
   */
  public record RiskRow(String unitName, String competency, int holders, Risk risk) {}

  /** Why a competency is at risk. */
  public enum Risk {
    /** Nobody holds it at the level needed. */
    NO_HOLDER,
    /** One person alone holds it at the level needed. */
    SINGLE_HOLDER
  }

  /**
   * A unit's gap: required minus assessed levels, weighted by importance, summed over its people.
   */
  public record UnitGapRow(String unitName, BigDecimal weightedGap, String largestCompetency) {}

  /**
   * Someone in post close to a blueprint a unit has open seats for.
   *
   * @param targetLevel the level of the open seats; null for none
   * @param readiness how close, 0 to 1
   */
  public record CandidateRow(
      String person,
      String currentBlueprint,
      String targetBlueprint,
      Level targetLevel,
      String unitName,
      BigDecimal readiness) {}
}
