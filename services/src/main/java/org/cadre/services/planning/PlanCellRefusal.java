package org.cadre.services.planning;

/**
 * A cell (or a row, when {@code cell} is null) of a plan workbook that an import does not take.
 *
 * @param column the column's header
 * @param value the cell as the file has it
 * @param reason why it is refused, e.g. "actual FTE is computed and cannot be changed"
 * @param message the cell and the reason in one line, e.g. "H7: actual FTE is computed and cannot
 *     be changed"
 */
public record PlanCellRefusal(
    int row, String cell, String column, String value, String reason, String message) {

  static PlanCellRefusal of(int row, String cell, String column, String value, String reason) {
    return new PlanCellRefusal(
        row, cell, column, value, reason, (cell == null ? "Row " + row : cell) + ": " + reason);
  }
}
