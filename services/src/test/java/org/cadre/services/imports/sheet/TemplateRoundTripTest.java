package org.cadre.services.imports.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.reports.imports.ImportTemplate;
import org.cadre.reports.imports.TemplateColumn;
import org.junit.jupiter.api.Test;

/** A template made from an import's columns reads back with every header found. */
class TemplateRoundTripTest {

  @Test
  void readsAFilledInTemplateWithItsHeaderMatchedAndItsExampleAndNewRows() throws IOException {
    byte[] template = template();
    byte[] filled = withRowAdded(template);

    try (SheetReader reader = SheetReading.open(filled, "employees.xlsx", Employees.COLUMNS)) {
      assertThat(reader.header().rowNumber()).isEqualTo(1);
      assertThat(reader.header().cells()).map(HeaderCell::name).isEqualTo(Employees.HEADER);
      assertThat(reader.header().missingColumns()).isEmpty();
      assertThat(reader.warnings()).isEmpty();
      List<SheetRow> rows = reader.rows().toList();

      assertThat(rows)
          .map(Employees::read)
          .containsExactly(
              Arrays.asList(2, "E-0001", "Anna Müller", LocalDate.of(2026, 2, 28), "0.5", 3, true),
              Arrays.asList(3, "E-0002", "Bob Stone", LocalDate.of(2026, 3, 1), "1", 2, false));
      assertThat(rows).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }
  }

  private static byte[] template() {
    List<TemplateColumn> columns =
        List.of(
            column(Employees.NUMBER, "Unique per employee", "E-0001"),
            column(Employees.NAME, "Full name", "Anna Müller"),
            column(Employees.HIRE_DATE, "YYYY-MM-DD", "2026-02-28"),
            column(Employees.FTE, "0 to 1", "0.5"),
            column(Employees.LEVEL, "1 to 5", "3").withList("Levels"),
            column(Employees.ACTIVE, "yes or no", "yes"));
    ImportTemplate template =
        new ImportTemplate(
            "Employees", columns, Map.of("Levels", List.of("1", "2", "3", "4", "5")), List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    template.write(out);
    return out.toByteArray();
  }

  /** A template column with the header and the required flag of the import's column. */
  private static TemplateColumn column(ColumnSpec spec, String rule, String example) {
    return new TemplateColumn(spec.header(), spec.required(), rule, example, null);
  }

  /** The template as Excel saves it after someone types a row under the example. */
  private static byte[] withRowAdded(byte[] template) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row row = workbook.getSheet("Employees").createRow(2);
      row.createCell(0).setCellValue("E-0002");
      row.createCell(1).setCellValue("Bob Stone");
      row.createCell(2).setCellValue(LocalDate.of(2026, 3, 1));
      row.getCell(2).setCellStyle(date);
      row.createCell(3).setCellValue(1);
      row.createCell(4).setCellValue(2);
      row.createCell(5).setCellValue(false);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
