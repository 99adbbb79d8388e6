package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams the rows of a workbook's first visible sheet with fastexcel-reader: a StAX pass over the
 * sheet's XML that never builds the workbook in memory. Only the shared strings table (each
 * distinct text once) is kept, as the sheet refers to it by index.
 *
 * <p>Formula cells give the value Excel cached for them; nothing is evaluated. A number counts as a
 * date when its cell has a date format, as Excel decides it (with Apache POI's rules).
 */
final class XlsxRowSource implements RowSource {

  /** What Excel shows in a cell whose formula failed. */
  private static final Set<String> ERROR_CODES =
      Set.of(
          "#NULL!",
          "#DIV/0!",
          "#VALUE!",
          "#REF!",
          "#NAME?",
          "#NUM!",
          "#N/A",
          "#GETTING_DATA",
          "#SPILL!",
          "#CALC!",
          "#FIELD!",
          "#BLOCKED!",
          "#UNKNOWN!",
          "#CONNECT!",
          "#BUSY!");

  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final Map<Integer, Boolean> dateFormats = new HashMap<>();
  private int rowNumberOffset = -1;
  private int lastRowNumber;

  private XlsxRowSource(ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  /**
   * Opens the first visible sheet of a workbook that {@link XlsxPackageCheck} has passed.
   *
   * @throws SheetProblem when the workbook cannot be read or has no visible sheet
   */
  static XlsxRowSource open(Path file) {
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
      Sheet sheet =
          workbook
              .getSheets()
              .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
              .findFirst()
              .orElseThrow(() -> SheetProblem.rejected("the workbook has no visible sheet"));
      return new XlsxRowSource(workbook, sheet);
    } catch (IOException | RuntimeException e) {
      closeWorkbook(workbook);
      if (e instanceof SheetProblem problem) {
        throw problem;
      }
      throw SheetProblem.damaged(
          "a damaged Excel workbook that could not be read; open it in Excel, save it again and"
              + " upload that",
          e);
    }
  }

  /** The name of the sheet being read. */
  String sheetName() {
    return sheetName;
  }

  @Override
  public RawRow next() {
    Row row;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      row = rows.next();
    } catch (RuntimeException e) {
      throw SheetProblem.damaged(
          "a damaged Excel workbook: the sheet \""
              + sheetName
              + "\" could not be read past row "
              + lastRowNumber
              + "; open it in Excel, save it again and upload that",
          e);
    }
    if (rowNumberOffset < 0) {
      // Rows carry their 1-based number; without one the reader counts from 0.
      rowNumberOffset = row.getRowNum() == 0 ? 1 : 0;
    }
    lastRowNumber = row.getRowNum() + rowNumberOffset;
    return new RawRow(lastRowNumber, cells(row));
  }

  private List<CellValue> cells(Row row) {
    int count = row.getCellCount();
    List<CellValue> cells = new ArrayList<>(count);
    int filled = 0;
    for (int i = 0; i < count; i++) {
      CellValue value = value(row.getCell(i));
      cells.add(value);
      if (value != null) {
        filled = i + 1;
      }
    }
    return filled == count ? cells : cells.subList(0, filled);
  }

  private CellValue value(Cell cell) {
    if (cell == null) {
      return null;
    }
    Object value = cell.getValue();
    return switch (cell.getType()) {
      case EMPTY -> null;
      case STRING -> text((String) value);
      case NUMBER -> number(cell, (BigDecimal) value);
      case BOOLEAN -> new CellValue.Flag((Boolean) value);
      case ERROR -> new CellValue.ErrorCode(cell.getRawValue());
      case FORMULA -> cachedResult(cell, value);
    };
  }

  /** A formula cell's cached result: a number, a yes/no, text or an error code. */
  private CellValue cachedResult(Cell cell, Object value) {
    if (value instanceof BigDecimal number) {
      return number(cell, number);
    }
    if (value instanceof Boolean flag) {
      return new CellValue.Flag(flag);
    }
    if (value instanceof String text) {
      return ERROR_CODES.contains(text) ? new CellValue.ErrorCode(text) : text(text);
    }
    return null;
  }

  private static CellValue text(String text) {
    return text == null || text.isEmpty() ? null : new CellValue.Text(text);
  }

  private CellValue number(Cell cell, BigDecimal number) {
    if (number == null) {
      return null;
    }
    if (isDateFormatted(cell)) {
      double serial = number.doubleValue();
      if (DateUtil.isValidExcelDate(serial)) {
        LocalDateTime date = DateUtil.getLocalDateTime(serial, workbook.isDate1904(), true);
        if (date != null) {
          return new CellValue.DateTime(date);
        }
      }
    }
    return new CellValue.Numeric(number);
  }

  private boolean isDateFormatted(Cell cell) {
    Integer format = cell.getDataFormatId();
    if (format == null) {
      return false;
    }
    return dateFormats.computeIfAbsent(
        format, id -> DateUtil.isADateFormat(id, cell.getDataFormatString()));
  }

  @Override
  public void close() {
    stream.close();
    closeWorkbook(workbook);
  }

  private static void closeWorkbook(ReadableWorkbook workbook) {
    if (workbook == null) {
      return;
    }
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the workbook", e);
    }
  }
}
