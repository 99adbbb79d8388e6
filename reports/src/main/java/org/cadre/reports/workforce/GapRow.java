package org.cadre.reports.workforce;

import java.math.BigDecimal;
import org.cadre.domain.blueprint.Level;

/**
 * A seat still to fill in a unit at the last quarter.
 *
 * @param level null when the seat has none
 */
public record GapRow(
    String unitName, String blueprint, Level level, BigDecimal gapFte, BigDecimal gapCost) {}
