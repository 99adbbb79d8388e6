package org.cadre.domain.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An employee's move from one org unit to another: from the end of {@code movedOn} they belong to
 * the new unit. Recorded whenever an employee's unit changes, so that headcount can be told by unit
 * for days gone by.
 */
public record EmployeeMove(
    String employeeNumber, String fromUnit, String toUnit, LocalDate movedOn) {

  public EmployeeMove {
    Objects.requireNonNull(employeeNumber, "employeeNumber");
    Objects.requireNonNull(fromUnit, "fromUnit");
    Objects.requireNonNull(toUnit, "toUnit");
    Objects.requireNonNull(movedOn, "movedOn");
  }
}
