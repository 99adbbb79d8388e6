package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * FTE being hired for: requisitions counting as open on a day (approved by then, and neither
 * cancelled nor started by their hire), per seat. A quarter counts them on {@link
 * Quarter#countedOn}, the day it counts people in post.
 */
public interface OpenRequisitions {

  /**
   * @param unitCodes the units to count; null for every unit
   */
  Map<SeatKey, BigDecimal> openFte(Collection<String> unitCodes, LocalDate day);
}
