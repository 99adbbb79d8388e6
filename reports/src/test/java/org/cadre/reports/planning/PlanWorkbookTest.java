package org.cadre.reports.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.reports.planning.PlanWorkbook.Measure;
import org.junit.jupiter.api.Test;

class PlanWorkbookTest {

  private static final PlanWorkbook.Content CONTENT =
      new PlanWorkbook.Content(
          "ENG-PLAT and below, 2027-Q1 to 2027-Q2, baseline",
          "baseline",
          List.of("2027-Q1", "2027-Q2"),
          List.of(
              new PlanWorkbook.Row(
                  "ENG-PLAT-SRE",
                  "=HYPERLINK(\"http://x\",\"SRE\")",
                  "Site Reliability Engineer",
                  "Senior",
                  "ENG-PLAT-SRE/7/SENIOR",
                  List.of(
                      cells("3", "2.5", "0", "100000", "41:2"),
                      cells("4", "2.5", "1", "100000", null))),
              new PlanWorkbook.Row(
                  "ENG-PLAT-SEC",
                  "Security",
                  "+Security Engineer",
                  "",
                  "ENG-PLAT-SEC/9/-",
                  List.of(cells("1", "1", "0", null, "42:1"), cells("0", "0", "0", null, null)))),
          List.of("ENG-PLAT-SRE 2027-Q1: Approved (version 2)"));

  private static PlanWorkbook.QuarterCells cells(
      String planned, String actual, String open, String rate, String revision) {
    return new PlanWorkbook.QuarterCells(
        new BigDecimal(planned),
        new BigDecimal(actual),
        new BigDecimal(open),
        rate == null ? null : new BigDecimal(rate),
        revision);
  }

  @Test
  void onlyPlannedFteCanChangeOnTheProtectedSheet() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
      assertThat(sheet.getProtect()).isTrue();
      assertThat(workbook.getSheetName(1)).isEqualTo(PlanWorkbook.INSTRUCTIONS);
      for (int r = 1; r <= 3; r++) {
        for (int c = 0; c < PlanWorkbook.column(2, Measure.PLANNED); c++) {
          Cell cell = sheet.getRow(r).getCell(c);
          boolean planned =
              (c == PlanWorkbook.column(0, Measure.PLANNED)
                      || c == PlanWorkbook.column(1, Measure.PLANNED))
                  && r < 3;
          boolean locked = cell == null || cell.getCellStyle().getLocked();
          assertThat(locked).as("row %d column %d locked", r, c).isEqualTo(!planned);
        }
      }
    }
  }

  @Test
  void gapCostAndTotalsAreFormulasWithTheirValues() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
      Cell gap = sheet.getRow(1).getCell(PlanWorkbook.column(1, Measure.GAP));
      assertThat(gap.getCellFormula()).isEqualTo("N2-O2-P2");
      assertThat(gap.getNumericCellValue()).isEqualTo(0.5);
      Cell cost = sheet.getRow(1).getCell(PlanWorkbook.column(0, Measure.COST));
      assertThat(cost.getCellFormula()).isEqualTo("ROUND(G2*K2,2)");
      assertThat(cost.getNumericCellValue()).isEqualTo(300000.0);
      Cell total = sheet.getRow(3).getCell(PlanWorkbook.column(0, Measure.PLANNED));
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(PlanWorkbook.TOTAL);
      assertThat(total.getCellFormula()).isEqualTo("SUM(G2:G3)");
      assertThat(total.getNumericCellValue()).isEqualTo(4.0);
      assertThat(sheet.getRow(1).getCell(PlanWorkbook.column(0, Measure.ACTUAL)).getCellType())
          .isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void userTextNeverBecomesAFormula() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
      Cell name = sheet.getRow(1).getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void headersAndKeyColumnsAreFrozenAndTheKeysHidden() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
      PaneInformation pane = sheet.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) PlanWorkbook.KEY_COLUMNS);
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.isColumnHidden(5)).isTrue();
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue())
          .isEqualTo("ENG-PLAT-SRE/7/SENIOR");
      assertThat(sheet.isColumnHidden(PlanWorkbook.column(0, Measure.REVISION))).isTrue();
      assertThat(sheet.isColumnHidden(PlanWorkbook.column(0, Measure.PLANNED))).isFalse();
      assertThat(
              sheet.getRow(0).getCell(PlanWorkbook.column(1, Measure.PLANNED)).getStringCellValue())
          .isEqualTo("2027-Q2 Planned FTE");
    }
  }

  @Test
  void plannedCellsTakeNumbersFromZeroTo9999() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      List<? extends DataValidation> validations =
          workbook.getSheet(PlanWorkbook.SHEET).getDataValidations();
      assertThat(validations).hasSize(2);
      DataValidation planned = validations.get(0);
      assertThat(planned.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
      assertThat(planned.getValidationConstraint().getFormula1()).isEqualTo("0.0");
      assertThat(planned.getValidationConstraint().getFormula2()).isEqualTo("9999.0");
      assertThat(planned.getRegions().getCellRangeAddresses()[0].formatAsString())
          .isEqualTo("G2:G3");
    }
  }

  private static XSSFWorkbook open() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(PlanWorkbook.render(CONTENT)));
  }
}
