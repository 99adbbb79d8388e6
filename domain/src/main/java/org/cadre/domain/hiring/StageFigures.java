package org.cadre.domain.hiring;

import java.math.BigDecimal;

/**
 * A reporting stage of a funnel: applications that entered it and that passed it, the share that
 * passed, and the median and 90th percentile of days spent in it by those that left it.
 *
 * @param passed null for Hired, which no application passes
 * @param passRate passed / entered to 3 decimals; null when none entered, and for Hired
 * @param medianDays null when no application has left the stage (and for Hired)
 */
public record StageFigures(
    ReportingStage stage,
    long entered,
    Long passed,
    BigDecimal passRate,
    BigDecimal medianDays,
    BigDecimal p90Days) {}
