package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;

/** The cost rates HR keeps, looked up for a blueprint and level. */
public final class CostTable {

  private final Map<Long, Map<Level, BigDecimal>> rates = new HashMap<>();
  private final Map<Long, BigDecimal> anyLevel = new HashMap<>();

  public CostTable(Collection<CostRate> rates) {
    for (CostRate rate : rates) {
      if (rate.level() == null) {
        anyLevel.put(rate.blueprintId(), rate.annualCostPerFte());
      } else {
        this.rates
            .computeIfAbsent(rate.blueprintId(), b -> new HashMap<>())
            .put(rate.level(), rate.annualCostPerFte());
      }
    }
  }

  /** The rate for the blueprint at the level, else for the blueprint at any level. */
  public Optional<BigDecimal> rate(long blueprintId, Level level) {
    BigDecimal exact = level == null ? null : rates.getOrDefault(blueprintId, Map.of()).get(level);
    return Optional.ofNullable(exact != null ? exact : anyLevel.get(blueprintId));
  }

  /** The line's cost per FTE: its own when it states one, else the table's, else none. */
  public Optional<BigDecimal> rateFor(PlanLineRecord line) {
    return line.costPerFte() != null
        ? Optional.of(line.costPerFte())
        : rate(line.blueprintId(), line.level());
  }
}
