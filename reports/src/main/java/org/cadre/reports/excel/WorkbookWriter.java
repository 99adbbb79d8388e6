package org.cadre.reports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes xlsx workbooks row by row in bounded memory (POI streaming), with one header style per
 * workbook and a small cache of cell styles. Always close it: streaming keeps temporary files.
 */
public final class WorkbookWriter implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;

  /** Excel's own "Light Red Fill", the usual mark of a cell that needs attention. */
  private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

  /** The fill of cells a protected sheet lets people change: Excel's pale "input" yellow. */
  private static final byte[] INPUT_YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

  /**
   * What a cell's style depends on.
   *
   * @param look how the cell stands out, beyond its kind
   */
  private record StyleKey(Column.Kind kind, boolean quotePrefixed, boolean flagged, Look look) {}

  /** How a cell stands out from the plain ones. */
  enum Look {
    PLAIN,
    /** Editable on a protected sheet, and filled so that people see where to type. */
    EDITABLE,
    /** A total: bold. */
    TOTAL
  }

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle header;
  private CellStyle quotedHeader;
  private final Font bold;
  private final Map<StyleKey, CellStyle> styles = new HashMap<>();

  public WorkbookWriter() {
    workbook.setCompressTempFiles(true);
    header = workbook.createCellStyle();
    Font white = workbook.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());
    header.setFont(white);
    bold = workbook.createFont();
    bold.setBold(true);
    header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
  }

  /** A workbook of the given sheets, as xlsx bytes. */
  public static byte[] render(List<Sheet> sheets) {
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      for (Sheet sheet : sheets) {
        SheetWriter writer = workbook.sheet(sheet.name(), sheet.columns());
        sheet.rows().forEach(row -> writer.row(row.toArray()));
      }
      return workbook.toBytes();
    }
  }

  /** Starts a sheet with a frozen, filterable header row. */
  public SheetWriter sheet(String name, List<Column> columns) {
    SXSSFSheet sheet = workbook.createSheet(name);
    return new SheetWriter(this, sheet, columns);
  }

  /**
   * The header style; {@code quotePrefixed} for a header taken from user text that a spreadsheet
   * must never read as a formula.
   */
  CellStyle headerStyle(boolean quotePrefixed) {
    if (!quotePrefixed) {
      return header;
    }
    if (quotedHeader == null) {
      quotedHeader = workbook.createCellStyle();
      quotedHeader.cloneStyleFrom(header);
      quotedHeader.setQuotePrefixed(true);
    }
    return quotedHeader;
  }

  /**
   * The style of a cell of the given kind; {@code quotePrefixed} marks text a spreadsheet must
   * never read as a formula, {@code flagged} fills the cell light red, {@code look} marks editable
   * cells and totals.
   */
  CellStyle style(Column.Kind kind, boolean quotePrefixed, boolean flagged, Look look) {
    return styles.computeIfAbsent(
        new StyleKey(kind, quotePrefixed, flagged, look),
        key -> {
          XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
          style.setVerticalAlignment(VerticalAlignment.TOP);
          switch (key.kind()) {
            case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            case QUANTITY -> style.setDataFormat(workbook.createDataFormat().getFormat("General"));
            case PERCENT -> style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            case TEXT -> style.setQuotePrefixed(key.quotePrefixed());
            case WRAPPED_TEXT -> {
              style.setQuotePrefixed(key.quotePrefixed());
              style.setWrapText(true);
            }
          }
          if (key.look() == Look.EDITABLE) {
            style.setLocked(false);
            style.setFillForegroundColor(new XSSFColor(INPUT_YELLOW));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          }
          if (key.look() == Look.TOTAL) {
            style.setFont(bold);
            style.setBorderTop(BorderStyle.THIN);
          }
          if (key.flagged()) {
            style.setFillForegroundColor(new XSSFColor(LIGHT_RED));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          }
          return style;
        });
  }

  /** Defines a workbook-wide name for a range, e.g. {@code Lists!$A$2:$A$40}. */
  void defineName(String name, String refersTo) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(refersTo);
  }

  /** Hides a sheet from the tabs; Excel's "Unhide" shows it again. */
  void hide(SXSSFSheet sheet) {
    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toByteArray();
  }

  /** Writes the workbook; the stream is left open. */
  public void write(OutputStream out) {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the workbook", e);
    }
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not release the workbook", e);
    }
  }
}
