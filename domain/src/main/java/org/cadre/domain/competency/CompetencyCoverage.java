package org.cadre.domain.competency;

import java.util.List;

/**
 * One competency across a unit.
 *
 * @param needed people whose blueprint requires it
 * @param qualified of those, people assessed at or above their blueprint's required level
 * @param heldBy the employee numbers of the people of the unit, whatever their blueprint, assessed
 *     at or above the highest level required for it in the unit: its holders
 * @param highestRequired the highest level any of those blueprints requires
 * @param critical whether it is critical on any of those blueprints
 */
public record CompetencyCoverage(
    long competencyId,
    String name,
    boolean critical,
    int needed,
    int qualified,
    List<String> heldBy,
    int highestRequired) {

  public CompetencyCoverage {
    heldBy = List.copyOf(heldBy);
  }

  /** How many people hold it. */
  public int holders() {
    return heldBy.size();
  }

  /** qualified / needed. */
  public double coverage() {
    return needed == 0 ? 0.0 : (double) qualified / needed;
  }

  /** A critical competency with at most one holder: one leaver away from nobody. */
  public boolean atRisk() {
    return critical && holders() <= 1;
  }
}
