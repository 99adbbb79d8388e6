package org.cadre.services.planning;

import java.math.BigDecimal;

/** A blueprint and level summed over a subtree. */
public record SeatView(
    long blueprintId,
    String blueprintTitle,
    String level,
    String levelLabel,
    BigDecimal plannedFte,
    BigDecimal actualFte,
    BigDecimal openRequisitions,
    BigDecimal gap,
    BigDecimal annualCost) {}
