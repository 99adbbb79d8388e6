package org.cadre.services.planning;

import java.math.BigDecimal;

/** A unit's own budget for a quarter. */
public record BudgetView(String orgUnit, String period, BigDecimal amount) {}
