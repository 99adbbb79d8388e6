package org.cadre.reports.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BlueprintLibraryWorkbookTest {

  private static final BlueprintLibraryWorkbook.Row PLATFORM =
      new BlueprintLibraryWorkbook.Row(
          "Senior Platform Engineer",
          "Engineering",
          "Senior",
          "Individual contributor",
          "Published",
          2,
          12,
          4,
          "Runs the platform");

  @Test
  void listsOneRowPerBlueprintUnderAFrozenFilteredHeader() throws IOException {
    byte[] xlsx = BlueprintLibraryWorkbook.render(List.of(PLATFORM));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheet("Blueprints");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Summary");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Senior Platform Engineer");
      assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(4);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I1");
    }
  }

  @Test
  void neverLetsUserTextBecomeAFormula() throws IOException {
    String injected = "=HYPERLINK(\"http://x\",\"y\")";
    BlueprintLibraryWorkbook.Row row =
        new BlueprintLibraryWorkbook.Row(
            injected, "+cmd", "-1", "@SUM(A1)", "Draft", 1, 0, 0, "plain text");

    byte[] xlsx = BlueprintLibraryWorkbook.render(List.of(row));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var cells = workbook.getSheetAt(0).getRow(1);
      for (int column = 0; column < 4; column++) {
        assertThat(cells.getCell(column).getCellType()).isEqualTo(CellType.STRING);
        assertThat(cells.getCell(column).getCellStyle().getQuotePrefixed()).isTrue();
      }
      assertThat(cells.getCell(0).getStringCellValue()).isEqualTo(injected);
      assertThat(cells.getCell(8).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void keepsTheNumberOfCellStylesSmallForLargeSheets() throws IOException {
    List<BlueprintLibraryWorkbook.Row> rows =
        java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> PLATFORM).toList();

    byte[] xlsx = BlueprintLibraryWorkbook.render(rows);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
      assertThat(workbook.getNumCellStyles()).isLessThan(10);
    }
  }
}
