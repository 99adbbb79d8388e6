package org.cadre.domain.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's time with the organisation, as the headcount bridge counts it: the unit they belong to
 * now, their FTE, and the days of their first and last day in post.
 *
 * @param hireDate null when not known: in post since before any day asked about
 * @param endDate their last day in post; null when they are not leaving
 */
public record Tenure(
    String employeeNumber, String unitCode, BigDecimal fte, LocalDate hireDate, LocalDate endDate) {

  /** Whether the person is in post at the end of the day: hired by then, and not gone. */
  public boolean inPostAfter(LocalDate day) {
    return (hireDate == null || !hireDate.isAfter(day))
        && (endDate == null || endDate.isAfter(day));
  }
}
