package org.cadre.reports.excel;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Appends rows to one sheet; the header row is frozen and carries an auto-filter. */
public final class SheetWriter {

  /** Spreadsheets read text starting with these as a formula (or a DDE command). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final int MAX_CELL_TEXT = 32_767;

  private final WorkbookWriter workbook;
  private final SXSSFSheet sheet;
  private final List<Column> columns;
  private int nextRow;

  SheetWriter(WorkbookWriter workbook, SXSSFSheet sheet, List<Column> columns) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.columns = List.copyOf(columns);
    Row header = sheet.createRow(nextRow++);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(workbook.headerStyle());
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
  }

  /**
   * Appends a row; values are matched to the columns in order. Text is always stored as text: a
   * value that looks like a formula is marked so that no spreadsheet ever evaluates it.
   */
  public SheetWriter row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " values, got " + values.length);
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.length; i++) {
      write(row.createCell(i), columns.get(i).kind(), values[i]);
    }
    return this;
  }

  public int rowsWritten() {
    return nextRow - 1;
  }

  private void write(Cell cell, Column.Kind kind, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(workbook.style(kind, false));
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(workbook.style(Column.Kind.DATE, false));
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag);
    } else {
      String text = value.toString();
      if (text.length() > MAX_CELL_TEXT) {
        text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
      }
      cell.setCellValue(text);
      boolean formulaLike = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
      cell.setCellStyle(workbook.style(Column.Kind.TEXT, formulaLike));
    }
  }
}
