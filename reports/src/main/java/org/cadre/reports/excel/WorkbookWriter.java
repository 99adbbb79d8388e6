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

  /** What a cell's style depends on. */
  private record StyleKey(Column.Kind kind, boolean quotePrefixed, boolean flagged) {}

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle header;
  private final Map<StyleKey, CellStyle> styles = new HashMap<>();

  public WorkbookWriter() {
    workbook.setCompressTempFiles(true);
    header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    bold.setColor(IndexedColors.WHITE.getIndex());
    header.setFont(bold);
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

  CellStyle headerStyle() {
    return header;
  }

  /**
   * The style of a cell of the given kind; {@code quotePrefixed} marks text a spreadsheet must
   * never read as a formula, {@code flagged} fills the cell light red.
   */
  CellStyle style(Column.Kind kind, boolean quotePrefixed, boolean flagged) {
    return styles.computeIfAbsent(
        new StyleKey(kind, quotePrefixed, flagged),
        key -> {
          XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
          style.setVerticalAlignment(VerticalAlignment.TOP);
          switch (key.kind()) {
            case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            case TEXT -> style.setQuotePrefixed(key.quotePrefixed());
            case WRAPPED_TEXT -> {
              style.setQuotePrefixed(key.quotePrefixed());
              style.setWrapText(true);
            }
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
