package org.cadre.services.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee as the portal and API show them. The annual cost is null for callers who may not see
 * it (only HR, leadership and administrators may).
 */
public record EmployeeView(
    String number,
    String givenName,
    String familyName,
    String email,
    String unitCode,
    String unitName,
    Long blueprintId,
    String blueprintTitle,
    String level,
    BigDecimal fte,
    LocalDate hireDate,
    LocalDate endDate,
    String location,
    BigDecimal annualCost) {

  public String name() {
    return givenName + " " + familyName;
  }
}
