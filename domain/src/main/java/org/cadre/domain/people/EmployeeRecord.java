package org.cadre.domain.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;

/**
 * What HR states about an employee. The rules every employee obeys are here, whoever writes it (an
 * import, the demo data): an import asks each rule first, so that its message can name the column.
 *
 * @param blueprintId the blueprint the employee holds, or null
 * @param annualCost null when not known
 */
public record EmployeeRecord(
    String number,
    String givenName,
    String familyName,
    String email,
    String unitCode,
    Long blueprintId,
    Level level,
    BigDecimal fte,
    LocalDate hireDate,
    LocalDate endDate,
    String location,
    BigDecimal annualCost) {

  public static final BigDecimal FULL_TIME = BigDecimal.ONE;

  public EmployeeRecord {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(fte, "fte");
    fte = fte.stripTrailingZeros();
    annualCost = annualCost == null ? null : annualCost.stripTrailingZeros();
    fteProblem(fte).ifPresent(EmployeeRecord::refuse);
    endDateProblem(hireDate, endDate).ifPresent(EmployeeRecord::refuse);
    annualCostProblem(annualCost).ifPresent(EmployeeRecord::refuse);
  }

  /**
   * Why an FTE is not allowed, if it is not: a share of a full-time post, above 0 and at most 1.
   */
  public static Optional<String> fteProblem(BigDecimal fte) {
    if (fte.signum() <= 0 || fte.compareTo(FULL_TIME) > 0) {
      return Optional.of(
          "FTE is a share of a full-time post, above 0 and at most 1 (e.g. 0.8), not "
              + fte.toPlainString());
    }
    if (fte.stripTrailingZeros().scale() > 3) {
      return Optional.of("FTE has at most 3 decimals, not " + fte.toPlainString());
    }
    return Optional.empty();
  }

  /** Why an end date is not allowed, if it is not: it cannot come before the hire date. */
  public static Optional<String> endDateProblem(LocalDate hireDate, LocalDate endDate) {
    if (hireDate != null && endDate != null && endDate.isBefore(hireDate)) {
      return Optional.of("the end date " + endDate + " is before the hire date " + hireDate);
    }
    return Optional.empty();
  }

  /** Why an annual cost is not allowed, if it is not: it is never negative. */
  public static Optional<String> annualCostProblem(BigDecimal annualCost) {
    if (annualCost != null && annualCost.signum() < 0) {
      return Optional.of("an annual cost cannot be negative: " + annualCost.toPlainString());
    }
    return Optional.empty();
  }

  private static void refuse(String problem) {
    throw new IllegalArgumentException(problem);
  }
}
