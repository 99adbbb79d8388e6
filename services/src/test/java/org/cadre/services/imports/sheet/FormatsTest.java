package org.cadre.services.imports.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same rows read the same way from a workbook and from CSV in every encoding and dialect. */
class FormatsTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("workbook", TestFiles.xlsx(Employees.typedRows())),
        csv(',', StandardCharsets.UTF_8, false),
        csv(';', StandardCharsets.UTF_8, false),
        csv(',', StandardCharsets.UTF_8, true),
        csv(';', StandardCharsets.UTF_8, true),
        csv(',', StandardCharsets.UTF_16LE, true),
        csv(';', StandardCharsets.UTF_16LE, true),
        csv(',', StandardCharsets.UTF_16BE, true),
        csv(';', StandardCharsets.UTF_16BE, true),
        csv(';', StandardCharsets.UTF_16LE, false),
        csv(',', StandardCharsets.UTF_16BE, false));
  }

  private static Arguments csv(char delimiter, Charset charset, boolean mark) {
    return Arguments.of(
        charset + (mark ? " with BOM" : "") + ", delimiter " + delimiter,
        TestFiles.csv(Employees.csv(delimiter), charset, mark));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsTheSameRowsWhateverTheFormat(String format, byte[] content) {
    List<SheetRow> rows = SheetReading.rows(content, "staff", Employees.COLUMNS);

    assertThat(rows).map(Employees::read).containsExactlyElementsOf(Employees.EXPECTED);
    assertThat(rows).allSatisfy(row -> assertThat(row.problems()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void findsTheHeaderAndNoUnknownColumns(String format, byte[] content) {
    try (SheetReader reader = SheetReading.open(content, "staff", Employees.COLUMNS)) {
      assertThat(reader.header().rowNumber()).isEqualTo(1);
      assertThat(reader.header().cells()).map(HeaderCell::name).isEqualTo(Employees.HEADER);
      assertThat(reader.warnings()).isEmpty();
    }
  }

  @Test
  void givesEveryCellAsTextForTheErrorWorkbook() {
    List<SheetRow> fromWorkbook =
        SheetReading.rows(TestFiles.xlsx(Employees.typedRows()), "staff.xlsx", Employees.COLUMNS);
    List<SheetRow> fromCsv =
        SheetReading.rows(
            TestFiles.utf8(Employees.csv(',').replace("yes", "TRUE").replace("no", "FALSE")),
            "staff.csv",
            Employees.COLUMNS);

    assertThat(fromWorkbook.get(0).texts())
        .containsExactly("E-001", "Müller, Anna; HR", "2026-01-15", "0.5", "3", "TRUE");
    assertThat(fromWorkbook.get(2).texts()).containsExactly("E-003", "Zoë \"Z\" Ng", "2024-02-29");
    assertThat(fromCsv)
        .map(SheetRow::texts)
        .isEqualTo(fromWorkbook.stream().map(SheetRow::texts).toList());
  }

  @Test
  void readsCsvWithBareLineFeedsOrCarriageReturnsAndBlankLinesAnywhere() {
    String text = "\n\nEmployee number,Name,Hire date\r\r\nE-1,Ann,2026-01-02\rE-2,Bob,2026-01-03";

    List<SheetRow> rows = SheetReading.rows(TestFiles.utf8(text), "staff.csv", Employees.COLUMNS);

    assertThat(rows).map(SheetRow::number).containsExactly(5, 6);
    assertThat(rows).map(row -> row.text(Employees.NAME)).containsExactly("Ann", "Bob");
  }

  @Test
  void readsACsvFileOfOneColumnWhenThatIsAllTheImportRequires() {
    ColumnSpec number = ColumnSpec.required("Employee number", ColumnSpec.Kind.TEXT);
    List<ColumnSpec> columns = List.of(number, Employees.FTE);

    List<SheetRow> rows =
        SheetReading.rows(TestFiles.utf8("Employee number\nE-1\nE-2\n"), "ids.csv", columns);

    assertThat(rows).map(row -> row.text(number)).containsExactly("E-1", "E-2");
  }

  @Test
  void readsWindows1252WhenTheFileIsNotUtf8AndSaysSo() {
    byte[] content =
        "Employee number;Name;Hire date\nE-1;Zoë Müller;2026-01-02\n"
            .getBytes(Charset.forName("windows-1252"));

    try (SheetReader reader = SheetReading.open(content, "staff.csv", Employees.COLUMNS)) {
      assertThat(reader.rows().map(row -> row.text(Employees.NAME))).containsExactly("Zoë Müller");
      assertThat(reader.warnings())
          .containsExactly(
              "The file is not UTF-8 text; it was read as Windows-1252. If accented letters look"
                  + " wrong, save it as \"CSV UTF-8\" and upload it again.");
    }
  }

  @Test
  void readsTheFirstVisibleSheetAndSkipsHiddenOnes() throws Exception {
    byte[] content;
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      workbook.createSheet("Lists").createRow(0).createCell(0).setCellValue("not this");
      var sheet = workbook.createSheet("Staff");
      List<String> header = List.of("Employee number", "Name", "Hire date");
      var row = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        row.createCell(i).setCellValue(header.get(i));
      }
      var data = sheet.createRow(1);
      data.createCell(0).setCellValue("E-9");
      data.createCell(1).setCellValue("Ivy");
      data.createCell(2).setCellValue("2026-03-01");
      workbook.setSheetHidden(0, true);
      workbook.setActiveSheet(1);
      var out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      content = out.toByteArray();
    }

    List<SheetRow> rows = SheetReading.rows(content, "staff.xlsx", Employees.COLUMNS);

    assertThat(rows)
        .map(Employees::read)
        .containsExactly(
            java.util.Arrays.asList(
                2, "E-9", "Ivy", java.time.LocalDate.of(2026, 3, 1), null, null, null));
  }
}
