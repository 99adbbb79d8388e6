package org.cadre.domain.imports;

/**
 * One thing wrong with one row of an upload, worded for the person who fixes it in Excel, e.g.
 * {@code Row 14, column "Hire date": "31/02/2026" is not a date (day 31 does not exist in February
 * 2026); write dates as YYYY-MM-DD, e.g. 2026-02-28}.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1 in a template)
 * @param column the column's header as written in the file, or {@code null} for the whole row
 * @param columnIndex the column's position in the file counting from 0, or -1 for the whole row
 * @param value the cell's content as read, or an empty string
 * @param reason what is wrong and how to put it right, naming the value where it helps
 */
public record ImportProblem(int row, String column, int columnIndex, String value, String reason) {

  /** The full message: row, column and reason; {@code Row 14: …} for the whole row. */
  public String message() {
    return "Row " + row + (column == null ? ": " : ", ") + withinRow();
  }

  /** The message without the row, for a list of problems shown next to the row itself. */
  public String withinRow() {
    return column == null ? reason : "column \"" + column + "\": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
