package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;

/**
 * What a plan line states: FTE planned for a blueprint at a level, an optional annual cost per FTE
 * that overrides the cost table, and why.
 *
 * @param costPerFte null to use the cost table's rate for the blueprint and level
 */
public record PlanLineRecord(
    long blueprintId,
    Level level,
    BigDecimal plannedFte,
    BigDecimal costPerFte,
    String justification) {

  /** The most FTE one line may plan. */
  public static final BigDecimal MAX_FTE = new BigDecimal("9999");

  public static final int JUSTIFICATION_MAX = 1000;

  public PlanLineRecord {
    plannedFte = Figures.fte(plannedFte);
    costPerFte = costPerFte == null ? null : costPerFte.setScale(2, RoundingMode.HALF_UP);
    justification = justification == null || justification.isBlank() ? null : justification.strip();
  }

  /** Why planned FTE is not acceptable, if it is not: negative, too large or too precise. */
  public static Optional<String> fteProblem(BigDecimal fte) {
    if (fte == null) {
      return Optional.of("planned FTE is required");
    }
    if (fte.signum() < 0) {
      return Optional.of("planned FTE cannot be negative");
    }
    if (fte.compareTo(MAX_FTE) > 0) {
      return Optional.of("planned FTE can be at most " + MAX_FTE);
    }
    if (fte.stripTrailingZeros().scale() > 3) {
      return Optional.of("planned FTE takes at most 3 decimals");
    }
    return Optional.empty();
  }

  /** Why an annual cost per FTE is not acceptable, if it is not. */
  public static Optional<String> costProblem(BigDecimal cost) {
    if (cost != null && cost.signum() < 0) {
      return Optional.of("annual cost per FTE cannot be negative");
    }
    if (cost != null && cost.compareTo(new BigDecimal("100000000")) >= 0) {
      return Optional.of("annual cost per FTE must be below 100,000,000");
    }
    return Optional.empty();
  }

  public SeatKey seat(String unitCode) {
    return new SeatKey(unitCode, blueprintId, level);
  }

  /** Whether both name the same blueprint and level. */
  public boolean sameSeat(PlanLineRecord other) {
    return blueprintId == other.blueprintId && level == other.level;
  }

  /** Whether the lines state the same, FTE and costs compared by value. */
  public boolean sameAs(PlanLineRecord other) {
    return sameSeat(other)
        && plannedFte.compareTo(other.plannedFte) == 0
        && (costPerFte == null
            ? other.costPerFte == null
            : other.costPerFte != null && costPerFte.compareTo(other.costPerFte) == 0)
        && Objects.equals(justification, other.justification);
  }
}
