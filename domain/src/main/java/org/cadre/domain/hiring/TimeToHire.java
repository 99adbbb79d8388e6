package org.cadre.domain.hiring;

import java.math.BigDecimal;

/**
 * Days from an application to its accepted offer: median and 90th percentile; null when no offer
 * was accepted.
 */
public record TimeToHire(BigDecimal median, BigDecimal p90, long count) {}
