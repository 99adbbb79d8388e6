package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.blueprint.Level;

/**
 * What an offer says: the level, the share of a full-time post, the start date and the annual
 * salary for that share.
 *
 * @param level null when the blueprint has no levels
 */
public record OfferTerms(
    Level level, BigDecimal fte, LocalDate startDate, BigDecimal annualSalary) {

  /** What is wrong with the terms, each naming its field; empty when nothing. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
      problems.add(
          new FieldProblem(
              "fte", fte == null ? null : fte.toPlainString(), "is above 0 and at most 1"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", null, "is required (e.g. 2027-03-01)"));
    }
    if (annualSalary == null || annualSalary.signum() <= 0) {
      problems.add(
          new FieldProblem(
              "annualSalary",
              annualSalary == null ? null : annualSalary.toPlainString(),
              "is a positive amount"));
    } else if (annualSalary.scale() > 2 || annualSalary.precision() - annualSalary.scale() > 12) {
      problems.add(
          new FieldProblem(
              "annualSalary",
              annualSalary.toPlainString(),
              "has at most 12 digits and 2 decimals"));
    }
    return problems;
  }
}
