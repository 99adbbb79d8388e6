package org.cadre.services.hiring;

import java.math.BigDecimal;

/**
 * The requisitions open on a day whose age (whole days since their approval) falls in the band, and
 * their FTE.
 *
 * @param toDays null for the last band, which has no end
 */
public record RequisitionAgeRow(int fromDays, Integer toDays, long requisitions, BigDecimal fte) {}
