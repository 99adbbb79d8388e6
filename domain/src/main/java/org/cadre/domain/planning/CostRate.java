package org.cadre.domain.planning;

import java.math.BigDecimal;
import org.cadre.domain.blueprint.Level;

/**
 * What HR reckons a full-time year of a blueprint at a level costs, employer's costs included; a
 * plan line's cost unless the line states its own.
 *
 * @param level null for the blueprint at any level without a rate of its own
 */
public record CostRate(long blueprintId, Level level, BigDecimal annualCostPerFte) {

  public CostRate {
    annualCostPerFte = Figures.money(annualCostPerFte);
  }
}
