package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.cadre.domain.planning.OpenRequisitions;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;

/**
 * Open requisitions before hiring is built: Cadre keeps no requisitions yet, so nothing is open and
 * every gap is planned minus actual. Hiring replaces this with a count of its requisitions.
 */
@ApplicationScoped
public class NoOpenRequisitions implements OpenRequisitions {

  @Override
  public Map<SeatKey, BigDecimal> openFte(Collection<String> unitCodes, Quarter period) {
    return Map.of();
  }
}
