package org.cadre.services.planning;

import java.math.BigDecimal;

/** A rate of HR's cost table; level null for the blueprint at any level. */
public record CostRateView(
    long blueprintId, String blueprintTitle, String level, BigDecimal annualCostPerFte) {}
