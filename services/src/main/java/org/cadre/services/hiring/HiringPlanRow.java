package org.cadre.services.hiring;

import java.math.BigDecimal;

/**
 * Hiring plan against actual for a unit and its subtree in a quarter: the FTE the plan asks to hire
 * (planned minus actual, seat by seat, where positive), the requisitions open and their FTE, and
 * the hires who started in the quarter.
 */
public record HiringPlanRow(
    String orgUnit,
    String unitName,
    String quarter,
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal seatsToHire,
    long requisitionsOpen,
    BigDecimal openFte,
    long hiresStarted) {}
