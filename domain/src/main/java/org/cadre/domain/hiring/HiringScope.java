package org.cadre.domain.hiring;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * What hiring metrics count: requisitions of some units, of a blueprint or one requisition, over a
 * period.
 *
 * @param unitCodes the requisitions' units; null for every unit
 * @param blueprintId null for every blueprint
 * @param requisitionId null for every requisition
 * @param from the period's first instant, included
 * @param to the period's end, excluded
 */
public record HiringScope(
    Collection<String> unitCodes, Long blueprintId, Long requisitionId, Instant from, Instant to) {

  public HiringScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
