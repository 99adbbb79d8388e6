package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A seat of the plan as a new requisition is filled in from it: its figures in the quarter, and
 * what the requisition would say.
 *
 * @param positionId the planned position the requisition would take, or null for none free
 * @param fte the gap, at most one post
 */
public record GapView(
    String orgUnit,
    String unitName,
    long blueprintId,
    String blueprintTitle,
    String level,
    String levelLabel,
    String quarter,
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal openFte,
    BigDecimal gap,
    boolean withinPlan,
    Long positionId,
    BigDecimal fte,
    LocalDate targetStart) {}
