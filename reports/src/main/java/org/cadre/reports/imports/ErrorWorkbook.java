package org.cadre.reports.imports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The error workbook of an import's dry run: the uploaded rows as they were read, for the person
 * who puts them right in Excel. One sheet, "Rows": a "Row" column with each row's number in the
 * uploaded file, the file's own columns under its own headers, and an "Errors" column listing what
 * is wrong with the row, one problem a line. Cells with a problem are filled light red and carry
 * the reason as a comment (for the first few thousand; the Errors column always has them all).
 *
 * <p>Rows are written in the order given and as they come, in bounded memory, so hundreds of
 * thousands of rows are fine. Cell values are written as text, never as formulas. Values past the
 * header's last column (a CSV row with too many values, which has a problem saying so) have no
 * column and are left out.
 */
public final class ErrorWorkbook {

  static final String SHEET = "Rows";

  private static final int MIN_WIDTH = 10;
  private static final int MAX_WIDTH = 40;
  private static final int ERRORS_WIDTH = 70;

  private ErrorWorkbook() {}

  /**
   * Writes the workbook as xlsx; the stream is left open.
   *
   * @param header the header row of the uploaded file, as written there
   */
  public static void write(OutputStream out, List<String> header, Iterator<ErrorRow> rows) {
    List<Column> columns = new ArrayList<>(header.size() + 2);
    columns.add(Column.integer("Row", MIN_WIDTH));
    for (String name : header) {
      String text = name == null ? "" : name;
      columns.add(Column.text(text, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, text.length() + 4))));
    }
    columns.add(Column.wrappedText("Errors", ERRORS_WIDTH));
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      SheetWriter sheet = workbook.sheet(SHEET, columns);
      while (rows.hasNext()) {
        ErrorRow row = rows.next();
        sheet.row(values(row, header), notes(row, header.size()));
      }
      workbook.write(out);
    }
  }

  private static List<Object> values(ErrorRow row, List<String> header) {
    List<Object> values = new ArrayList<>(header.size() + 2);
    values.add(row.rowNumber());
    for (int i = 0; i < header.size(); i++) {
      String cell = i < row.cells().size() ? row.cells().get(i) : null;
      values.add(cell == null || cell.isEmpty() ? null : cell);
    }
    List<String> errors = new ArrayList<>();
    new TreeMap<>(row.cellProblems())
        .forEach((index, reason) -> errors.add(columnName(header, index) + ": " + reason));
    errors.addAll(row.rowProblems());
    values.add(errors.isEmpty() ? null : String.join("\n", errors));
    return values;
  }

  /** The cell problems by column of the sheet, which has the "Row" column first. */
  private static Map<Integer, String> notes(ErrorRow row, int headerColumns) {
    Map<Integer, String> notes = new HashMap<>();
    row.cellProblems()
        .forEach(
            (index, reason) -> {
              if (index < headerColumns) {
                notes.put(index + 1, reason);
              }
            });
    return notes;
  }

  /** How the Errors column names a column: {@code column "Hire date"}, or by its letter. */
  private static String columnName(List<String> header, int index) {
    String name = index < header.size() ? header.get(index) : null;
    return name == null || name.isBlank()
        ? "column " + CellReference.convertNumToColString(index)
        : "column \"" + name + "\"";
  }
}
