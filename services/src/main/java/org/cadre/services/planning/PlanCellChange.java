package org.cadre.services.planning;

import java.math.BigDecimal;

/**
 * A planned FTE cell of a plan workbook that differs from the plan as it is.
 *
 * @param cell the cell as the spreadsheet names it, e.g. {@code G7}
 * @param level the level's label, null when the seat has none
 */
public record PlanCellChange(
    int row,
    String cell,
    String orgUnit,
    long blueprintId,
    String blueprintTitle,
    String level,
    String period,
    BigDecimal oldFte,
    BigDecimal newFte) {}
