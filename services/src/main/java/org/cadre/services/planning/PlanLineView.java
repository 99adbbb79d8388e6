package org.cadre.services.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a plan with its numbers. A seat with people but no line shows planned 0.
 *
 * @param annualCost planned FTE times the cost per FTE
 * @param costPerFte the line's own rate, else the cost table's; null when neither has one
 * @param costFromTable whether the rate comes from the cost table
 */
public record PlanLineView(
    List<Long> positionIds,
    long blueprintId,
    String blueprintTitle,
    String level,
    String levelLabel,
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal openRequisitions,
    BigDecimal gap,
    BigDecimal annualCost,
    BigDecimal costPerFte,
    boolean costFromTable,
    String justification,
    boolean planned) {}
