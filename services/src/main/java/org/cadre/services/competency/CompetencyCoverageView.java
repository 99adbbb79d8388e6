package org.cadre.services.competency;

import org.cadre.domain.competency.CompetencyCoverage;

/**
 * One competency across a unit.
 *
 * @param coverage qualified / needed, from 0 to 1
 */
public record CompetencyCoverageView(
    long competencyId,
    String name,
    boolean critical,
    int needed,
    int qualified,
    double coverage,
    int holders,
    boolean atRisk) {

  static CompetencyCoverageView of(CompetencyCoverage c) {
    return new CompetencyCoverageView(
        c.competencyId(),
        c.name(),
        c.critical(),
        c.needed(),
        c.qualified(),
        c.coverage(),
        c.holders(),
        c.atRisk());
  }
}
