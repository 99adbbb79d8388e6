package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What planning costs are measured against: HR's cost rates and the units' budgets. */
public interface PlanningRatesRepository {

  List<CostRate> costRates();

  /** Sets or replaces the rate of a blueprint and level. */
  void setCostRate(CostRate rate, String by, Instant at);

  /** Each unit's own budget for the quarter, by unit code. */
  Map<String, BigDecimal> budgets(Quarter period);

  Optional<Budget> budget(String unitCode, Quarter period);

  /** Sets or replaces a unit's budget for a quarter. */
  void setBudget(Budget budget, String by, Instant at);
}
