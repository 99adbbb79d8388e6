package org.cadre.reports.excel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** Appends rows to one sheet; the header row is frozen and carries an auto-filter. */
public final class SheetWriter {

  /** Spreadsheets read text starting with these as a formula (or a DDE command). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final int MAX_CELL_TEXT = 32_767;

  /**
   * Cell comments a sheet gets at most. Unlike cells, comments are held in memory until the
   * workbook is written, so a sheet with a note on every one of 100,000 rows would not fit; notes
   * past this many are shown by the highlight alone.
   */
  static final int MAX_COMMENTS = 5_000;

  private final WorkbookWriter workbook;
  private final SXSSFSheet sheet;
  private final List<Column> columns;
  private final Set<Integer> editable = new HashSet<>();
  private Drawing<?> drawing;
  private int comments;
  private int nextRow;

  SheetWriter(WorkbookWriter workbook, SXSSFSheet sheet, List<Column> columns) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.columns = List.copyOf(columns);
    Row header = sheet.createRow(nextRow++);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      String text = columns.get(i).header();
      cell.setCellValue(text);
      cell.setCellStyle(workbook.headerStyle(formulaLike(text)));
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
    return row(Arrays.asList(values), Map.of());
  }

  /**
   * Appends a row whose cells may carry notes: a cell with a note, even an empty one, is filled
   * light red and shows the note as its comment (up to {@value #MAX_COMMENTS} comments a sheet).
   *
   * @param notes the note of each cell that has one, by column index
   */
  public SheetWriter row(List<?> values, Map<Integer, String> notes) {
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " values, got " + values.size());
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.size(); i++) {
      Cell cell = row.createCell(i);
      String note = notes.get(i);
      WorkbookWriter.Look look =
          editable.contains(i) ? WorkbookWriter.Look.EDITABLE : WorkbookWriter.Look.PLAIN;
      write(cell, columns.get(i).kind(), values.get(i), note != null, look);
      if (note != null && comments < MAX_COMMENTS) {
        comment(cell, note);
      }
    }
    return this;
  }

  /** Appends a row of totals, in bold; usually {@link Formula}s summing the rows above. */
  public SheetWriter totals(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " values, got " + values.length);
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.length; i++) {
      write(row.createCell(i), columns.get(i).kind(), values[i], false, WorkbookWriter.Look.TOTAL);
    }
    return this;
  }

  /**
   * Lets people change the column's cells in the rows written from now on once the sheet is
   * {@linkplain #protect protected}; they are filled pale yellow to show it.
   */
  public void editable(int column) {
    editable.add(column);
  }

  /**
   * Keeps the header row and the first columns in view while scrolling.
   *
   * @param keyColumns how many columns on the left stay put
   */
  public void freeze(int keyColumns) {
    sheet.createFreezePane(keyColumns, 1);
  }

  /** Makes the header row tall enough for headers wrapped over this many lines. */
  public void headerLines(int lines) {
    sheet.getRow(0).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
  }

  /** Prints the sheet across, as wide as one page, however many pages long. */
  public void printAcross() {
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  public void hideColumn(int column) {
    sheet.setColumnHidden(column, true);
  }

  /**
   * Refuses anything but a number from {@code min} to {@code max} in the column's cells of the rows
   * written so far (not the header).
   *
   * @param message what Excel says when a value is refused
   */
  public void decimalBetween(int column, double min, double max, String message) {
    if (rowsWritten() == 0) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN,
                Double.toString(min),
                Double.toString(max)),
            new CellRangeAddressList(1, rowsWritten(), column, column));
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not a valid number", message);
    validation.setShowErrorBox(true);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  /**
   * Protects the sheet: only {@linkplain #editable editable} cells can change. The password only
   * keeps people from unprotecting the sheet by accident; it is no secret. Filtering and resizing
   * columns stay allowed.
   */
  public void protect(String password) {
    sheet.protectSheet(password);
    sheet.lockAutoFilter(false);
    sheet.lockFormatColumns(false);
  }

  public int rowsWritten() {
    return nextRow - 1;
  }

  /**
   * Gives the first {@code count} cells under the header of a column a workbook-wide name, for data
   * validation on other sheets to refer to.
   */
  public void nameColumn(String name, int column, int count) {
    String letter = CellReference.convertNumToColString(column);
    String sheetName = "'" + sheet.getSheetName().replace("'", "''") + "'";
    workbook.defineName(name, sheetName + "!$" + letter + "$2:$" + letter + "$" + (count + 1));
  }

  /**
   * Offers the values of a named range in a drop-down in every cell under the header of a column.
   * Other values are allowed after a warning: the list may be out of date by the time the sheet is
   * filled in.
   *
   * @param warning what the warning says about a value that is not in the list
   */
  public void dropDown(int column, String rangeName, String warning) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    DataValidation validation =
        helper.createValidation(
            helper.createFormulaListConstraint(rangeName),
            new CellRangeAddressList(1, lastRow, column, column));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.createErrorBox("Not in the list", warning);
    validation.setShowErrorBox(true);
    validation.setEmptyCellAllowed(true);
    validation.setSuppressDropDownArrow(false);
    sheet.addValidationData(validation);
  }

  /**
   * Fills the cells of some columns, in the rows written so far, while a condition holds: Excel's
   * conditional formatting, so that the colour follows the values when people change them.
   *
   * @param condition a formula that is true for the first cell under the header of {@code
   *     firstColumn}, written with relative references (see {@link #firstCell}), e.g. {@code
   *     AND(ISNUMBER(F2),F2<0)}
   */
  public void fillWhen(int firstColumn, int lastColumn, String condition, Fill fill) {
    if (rowsWritten() == 0 || lastColumn < firstColumn) {
      return;
    }
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(condition);
    PatternFormatting pattern = rule.createPatternFormatting();
    pattern.setFillBackgroundColor(new XSSFColor(fill.rgb()));
    pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(1, rowsWritten(), firstColumn, lastColumn)},
        rule);
  }

  /** The reference of the column's first cell under the header, as in {@code F2}. */
  public static String firstCell(int column) {
    return CellReference.convertNumToColString(column) + "2";
  }

  /** Hides the sheet from the tabs. */
  public void hide() {
    workbook.hide(sheet);
  }

  private void write(
      Cell cell, Column.Kind kind, Object value, boolean flagged, WorkbookWriter.Look look) {
    boolean styled = flagged || look != WorkbookWriter.Look.PLAIN;
    if (value == null) {
      if (styled) {
        cell.setCellStyle(workbook.style(kind, false, flagged, look));
      }
      return;
    }
    if (value instanceof Formula formula) {
      cell.setCellFormula(formula.expression());
      if (formula.value() != null) {
        cell.setCellValue(formula.value().doubleValue());
      }
      cell.setCellStyle(workbook.style(kind, false, flagged, look));
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(workbook.style(kind, false, flagged, look));
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(workbook.style(Column.Kind.DATE, false, flagged, look));
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag);
      if (styled) {
        cell.setCellStyle(workbook.style(kind, false, flagged, look));
      }
    } else {
      String text = value.toString();
      if (text.length() > MAX_CELL_TEXT) {
        text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
      }
      cell.setCellValue(text);
      Column.Kind textKind = kind == Column.Kind.WRAPPED_TEXT ? kind : Column.Kind.TEXT;
      cell.setCellStyle(workbook.style(textKind, formulaLike(text), flagged, look));
    }
  }

  /** Whether a spreadsheet would read the text as a formula (or a DDE command). */
  private static boolean formulaLike(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  private void comment(Cell cell, String note) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 4);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(helper.createRichTextString(note));
    // The comment starts out at the anchor's cell; streamed cells do not move it to themselves.
    comment.setAddress(cell.getAddress());
    cell.setCellComment(comment);
    comments++;
  }
}
