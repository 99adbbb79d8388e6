package org.cadre.reports.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorWorkbookTest {

  private static final List<String> HEADER = List.of("Employee number", "Name", "Hire date");

  private static final List<ErrorRow> ROWS =
      List.of(
          new ErrorRow(
              7,
              List.of("E-7", "Ann", "31/02/2026"),
              Map.of(
                  2,
                  "\"31/02/2026\" is not a date (day 31 does not exist in February 2026); write"
                      + " dates as YYYY-MM-DD, e.g. 2026-02-28"),
              List.of()),
          new ErrorRow(3, List.of("E-3", "Bob", "2026-01-02"), Map.of(), List.of()),
          new ErrorRow(
              5,
              List.of("E-5", "=HYPERLINK(\"http://x\",\"y\")"),
              Map.of(0, "\"E-5\" is already in the file, on row 3", 2, "a value is required"),
              List.of("4 values, but the header row has 3 columns")));

  @Test
  void writesTheRowsInOrderUnderTheFilesHeaderWithTheirErrors() throws IOException {
    try (XSSFWorkbook workbook = write(HEADER, ROWS)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      XSSFSheet sheet = workbook.getSheet("Rows");

      assertThat(texts(sheet.getRow(0)))
          .containsExactly("Row", "Employee number", "Name", "Hire date", "Errors");
      assertThat(texts(sheet.getRow(1)))
          .containsExactly(
              "7",
              "E-7",
              "Ann",
              "31/02/2026",
              "column \"Hire date\": \"31/02/2026\" is not a date (day 31 does not exist in"
                  + " February 2026); write dates as YYYY-MM-DD, e.g. 2026-02-28");
      assertThat(texts(sheet.getRow(2))).containsExactly("3", "E-3", "Bob", "2026-01-02", "");
      assertThat(texts(sheet.getRow(3)))
          .containsExactly(
              "5",
              "E-5",
              "=HYPERLINK(\"http://x\",\"y\")",
              "",
              "column \"Employee number\": \"E-5\" is already in the file, on row 3\n"
                  + "column \"Hire date\": a value is required\n"
                  + "4 values, but the header row has 3 columns");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(4).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void freezesABoldHeader() throws IOException {
    try (XSSFWorkbook workbook = write(HEADER, ROWS)) {
      XSSFSheet sheet = workbook.getSheet("Rows");

      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      Cell header = sheet.getRow(0).getCell(1);
      assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
    }
  }

  @Test
  void highlightsCellsWithProblemsAndGivesTheReasonAsAComment() throws IOException {
    try (XSSFWorkbook workbook = write(HEADER, ROWS)) {
      XSSFSheet sheet = workbook.getSheet("Rows");
      Cell wrongDate = sheet.getRow(1).getCell(3);
      Cell missingDate = sheet.getRow(3).getCell(3);

      assertHighlighted(wrongDate);
      assertThat(wrongDate.getCellComment().getString().getString())
          .isEqualTo(
              "\"31/02/2026\" is not a date (day 31 does not exist in February 2026); write"
                  + " dates as YYYY-MM-DD, e.g. 2026-02-28");
      assertHighlighted(missingDate);
      assertThat(missingDate.getCellComment().getString().getString())
          .isEqualTo("a value is required");
      assertHighlighted(sheet.getRow(3).getCell(1));

      for (Cell fine :
          List.of(
              sheet.getRow(1).getCell(2), sheet.getRow(2).getCell(3), sheet.getRow(3).getCell(2))) {
        assertThat(fine.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        assertThat(fine.getCellComment()).isNull();
      }
      assertThat(sheet.getCellComments()).hasSize(3);
    }
  }

  @Test
  void writesCellTextsAsTextNeverAsFormulas() throws IOException {
    try (XSSFWorkbook workbook = write(HEADER, ROWS)) {
      Cell injected = workbook.getSheet("Rows").getRow(3).getCell(2);
      Cell number = workbook.getSheet("Rows").getRow(3).getCell(1);

      assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
      assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
      assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(number.getCellType()).isEqualTo(CellType.STRING);
      assertThat(number.getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void namesAColumnWithoutAHeaderByItsLetterAndLeavesOutValuesPastTheHeader() throws IOException {
    List<String> header = Arrays.asList("Code", "", null);
    ErrorRow row =
        new ErrorRow(
            2,
            List.of("A", "B", "C", "D"),
            Map.of(1, "not known", 3, "past the header"),
            List.of());

    try (XSSFWorkbook workbook = write(header, List.of(row))) {
      XSSFSheet sheet = workbook.getSheet("Rows");
      assertThat(texts(sheet.getRow(0))).containsExactly("Row", "Code", "", "", "Errors");
      assertThat(texts(sheet.getRow(1)))
          .containsExactly("2", "A", "B", "C", "column B: not known\ncolumn D: past the header");
      assertThat(sheet.getCellComments()).hasSize(1);
    }
  }

  @Test
  void writesAHundredThousandRows(@TempDir Path folder) throws IOException {
    int count = 100_000;
    Iterator<ErrorRow> rows =
        IntStream.rangeClosed(2, count + 1)
            .mapToObj(
                n ->
                    new ErrorRow(
                        n,
                        List.of("E-" + n, "Name " + n, "2026-01-02"),
                        n % 10 == 0 ? Map.of(1, "not a known name") : Map.of(),
                        List.of()))
            .iterator();
    Path file = folder.resolve("errors.xlsx");

    try (OutputStream out = Files.newOutputStream(file)) {
      ErrorWorkbook.write(out, HEADER, rows);
    }

    assertThat(lastRowOfFirstSheet(file)).isEqualTo(count + 1);
  }

  private static void assertHighlighted(Cell cell) {
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
    assertThat(style.getFillForegroundXSSFColor().getRGB())
        .containsExactly((byte) 0xFF, (byte) 0xC7, (byte) 0xCE);
  }

  private static XSSFWorkbook write(List<String> header, List<ErrorRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ErrorWorkbook.write(out, header, rows.iterator());
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The number of the sheet's last row, read from its XML without loading the workbook. */
  private static int lastRowOfFirstSheet(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int at = xml.lastIndexOf("<row r=\"");
      return Integer.parseInt(xml.substring(at + 8, xml.indexOf('"', at + 8)));
    }
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(formatter.formatCellValue(row.getCell(c)));
    }
    return texts;
  }
}
