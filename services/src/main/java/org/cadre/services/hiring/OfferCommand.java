package org.cadre.services.hiring;

import java.math.BigDecimal;

/**
 * What an offer takes: the level (the requisition's when left out), the FTE (likewise), the start
 * date ({@code 2027-03-01}) and the annual salary for that FTE.
 */
public record OfferCommand(
    String level, BigDecimal fte, String startDate, BigDecimal annualSalary) {}
