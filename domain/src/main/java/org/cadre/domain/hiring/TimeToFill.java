package org.cadre.domain.hiring;

import java.math.BigDecimal;

/**
 * Days from a requisition's approval to its accepted offer: median and 90th percentile, and the
 * median net of days on hold; null when no requisition counts.
 */
public record TimeToFill(BigDecimal median, BigDecimal p90, BigDecimal medianNet, long count) {}
