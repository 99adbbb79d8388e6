package org.cadre.reports.workforce;

import java.math.BigDecimal;
import org.cadre.domain.blueprint.Level;

/**
 * The FTE of one blueprint at one level in one division, at the last quarter.
 *
 * @param level null when the seat has none
 */
public record MixCell(
    String division, String blueprint, Level level, BigDecimal plannedFte, BigDecimal actualFte) {}
