package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * FTE being hired for in a quarter, per seat: requisitions open on the day the quarter counts
 * people in post ({@link Quarter#countedOn}: approved by then, and neither cancelled nor started by
 * their hire) whose target start is within the quarter or before it.
 */
public interface OpenRequisitions {

  /**
   * @param unitCodes the units to count; null for every unit
   */
  Map<SeatKey, BigDecimal> openFte(Collection<String> unitCodes, Quarter quarter, LocalDate today);
}
