package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cadre.domain.blueprint.Level;

/**
 * A person holding a seat, as planning counts them: where they work, on what, how much, and from
 * when to when.
 *
 * @param hireDate null when not known: counted as in post
 * @param endDate null when they are not leaving
 */
public record Incumbent(
    String unitCode,
    long blueprintId,
    Level level,
    BigDecimal fte,
    LocalDate hireDate,
    LocalDate endDate) {

  public SeatKey seat() {
    return new SeatKey(unitCode, blueprintId, level);
  }

  /**
   * Whether the person counts as actual FTE of the quarter. A quarter that has ended counts the
   * people in post on its last day. A quarter still running or to come counts the people in post
   * today whose end date is not before its last day: people not yet hired are not counted, and
   * people leaving before the quarter ends are not counted either.
   */
  public boolean countsIn(Quarter quarter, LocalDate today) {
    LocalDate inPostOn = quarter.countedOn(today);
    return (hireDate == null || !hireDate.isAfter(inPostOn))
        && (endDate == null || !endDate.isBefore(quarter.end()));
  }
}
