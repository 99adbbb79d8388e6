package org.cadre.services.hiring;

import java.math.BigDecimal;

/**
 * What opening a requisition takes: the seat (unit, blueprint, level, optionally its position), the
 * share of a post, the target start ({@code 2027-03-01}), a justification (required beyond the
 * plan), and optionally who hires and who recruits (usernames).
 */
public record RequisitionCommand(
    String orgUnit,
    Long blueprintId,
    String level,
    Long positionId,
    BigDecimal fte,
    String targetStart,
    String justification,
    String hiringManager,
    String recruiter) {}
