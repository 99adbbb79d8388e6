package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** FTE being hired for: requisitions still open, per seat. */
public interface OpenRequisitions {

  /**
   * @param unitCodes the units to count; null for every unit
   */
  Map<SeatKey, BigDecimal> openFte(Collection<String> unitCodes, Quarter period);
}
