package org.cadre.services.demo;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.domain.blueprint.Level;

/**
 * A published demo blueprint, as far as the demo organisation needs it.
 *
 * @param competencies the competencies its skills link to
 * @param annualCost a full-time year of it, employer's costs included
 */
record DemoRole(
    long id, String title, Level level, List<Long> competencies, BigDecimal annualCost) {

  int rank() {
    return level == null ? 0 : level.rank();
  }
}
