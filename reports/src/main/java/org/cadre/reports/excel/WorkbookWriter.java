package org.cadre.reports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes xlsx workbooks row by row in bounded memory (POI streaming), with one header style per
 * workbook and a small cache of cell styles. Always close it: streaming keeps temporary files.
 */
public final class WorkbookWriter implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle header;
  private final Map<Column.Kind, CellStyle> plain = new EnumMap<>(Column.Kind.class);
  private final Map<Column.Kind, CellStyle> quoted = new EnumMap<>(Column.Kind.class);

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
   * never read as a formula.
   */
  CellStyle style(Column.Kind kind, boolean quotePrefixed) {
    Map<Column.Kind, CellStyle> cache = quotePrefixed ? quoted : plain;
    return cache.computeIfAbsent(
        kind,
        k -> {
          CellStyle style = workbook.createCellStyle();
          style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
          switch (k) {
            case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            case TEXT -> style.setQuotePrefixed(quotePrefixed);
          }
          return style;
        });
  }

  public byte[] toBytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
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
