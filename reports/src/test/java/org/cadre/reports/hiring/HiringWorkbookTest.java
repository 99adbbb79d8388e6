package org.cadre.reports.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HiringWorkbookTest {

  private static final HiringWorkbook.Content CONTENT =
      new HiringWorkbook.Content(
          "ENG and below, applications from 2027-01-01 to 2027-12-31",
          List.of(
              new HiringWorkbook.RequisitionRow(
                  41,
                  "ENG-PLAT",
                  "Platform",
                  "Site Reliability Engineer",
                  "Senior",
                  new BigDecimal("1"),
                  "Filled",
                  true,
                  "manager",
                  LocalDate.of(2027, 3, 1),
                  LocalDate.of(2027, 1, 10),
                  new BigDecimal("4.5"),
                  LocalDate.of(2027, 2, 20),
                  LocalDate.of(2027, 3, 1),
                  null,
                  "E0042"),
              new HiringWorkbook.RequisitionRow(
                  42,
                  "ENG-PLAT",
                  "Platform",
                  "Security Engineer",
                  null,
                  new BigDecimal("0.5"),
                  "Cancelled",
                  false,
                  "manager",
                  LocalDate.of(2027, 4, 1),
                  null,
                  null,
                  null,
                  LocalDate.of(2027, 2, 1),
                  "=HYPERLINK(\"http://x\",\"budget\")",
                  null)),
          List.of(
              new HiringWorkbook.ApplicationRow(
                  7,
                  41,
                  "+Tess Moreau",
                  "Referral",
                  "Hired",
                  "Hired",
                  null,
                  LocalDate.of(2027, 1, 12),
                  LocalDate.of(2027, 3, 1))),
          List.of(
              new HiringWorkbook.MoveRow(7, null, "Applied", null, "hr", "2027-01-12T09:00:00Z"),
              new HiringWorkbook.MoveRow(
                  7, "Applied", "Screen", null, "manager", "2027-01-14T10:30:00Z")),
          List.of(
              new HiringWorkbook.StageRow(
                  "Applied",
                  10,
                  6L,
                  new BigDecimal("0.6"),
                  new BigDecimal("2"),
                  new BigDecimal("5.5")),
              new HiringWorkbook.StageRow("Hired", 1, null, null, null, null)),
          List.of(
              new HiringWorkbook.FigureRow("Time to fill, median days", new BigDecimal("40")),
              new HiringWorkbook.FigureRow("Offer acceptance", new BigDecimal("0.75"))));

  @Test
  void requisitionsApplicationsHistoryAndFunnelEachHaveTheirSheet() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      assertThat(List.of(0, 1, 2, 3))
          .extracting(workbook::getSheetName)
          .containsExactly(
              HiringWorkbook.REQUISITIONS,
              HiringWorkbook.APPLICATIONS,
              HiringWorkbook.HISTORY,
              HiringWorkbook.FUNNEL);
      XSSFSheet requisitions = workbook.getSheet(HiringWorkbook.REQUISITIONS);
      assertThat(requisitions.getLastRowNum()).isEqualTo(2);
      assertThat(requisitions.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Days on hold");
      assertThat(requisitions.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(41.0);
      assertThat(requisitions.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Yes");
      assertThat(requisitions.getRow(2).getCell(7).getStringCellValue()).isEqualTo("No");
      assertThat(requisitions.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(4.5);
      Cell approved = requisitions.getRow(1).getCell(10);
      assertThat(DateUtil.isCellDateFormatted(approved)).isTrue();
      assertThat(approved.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2027, 1, 10));
      assertThat(requisitions.getRow(1).getCell(15).getStringCellValue()).isEqualTo("E0042");

      XSSFSheet history = workbook.getSheet(HiringWorkbook.HISTORY);
      assertThat(history.getLastRowNum()).isEqualTo(2);
      assertThat(history.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(7.0);
      assertThat(history.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Applied");
      assertThat(history.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Screen");
      assertThat(history.getRow(2).getCell(4).getStringCellValue()).isEqualTo("manager");
    }
  }

  @Test
  void theFunnelSheetGivesItsTitleTheStagesAndThenThePeriodsFigures() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet funnel = workbook.getSheet(HiringWorkbook.FUNNEL);
      assertThat(funnel.getRow(1).getCell(0).getStringCellValue()).isEqualTo(CONTENT.title());
      assertThat(funnel.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Applied");
      assertThat(funnel.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(10.0);
      assertThat(funnel.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(6.0);
      assertThat(funnel.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.6);
      assertThat(funnel.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(5.5);
      Cell unpassed = funnel.getRow(3).getCell(2);
      assertThat(unpassed == null || unpassed.getCellType() == CellType.BLANK)
          .as("the last stage has no passed count")
          .isTrue();
      assertThat(funnel.getRow(5).getCell(0).getStringCellValue())
          .isEqualTo("Time to fill, median days");
      assertThat(funnel.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(40.0);
      assertThat(funnel.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(0.75);
    }
  }

  @Test
  void candidatesAndReasonsNeverBecomeFormulas() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      Cell reason = workbook.getSheet(HiringWorkbook.REQUISITIONS).getRow(2).getCell(14);
      assertThat(reason.getCellType()).isEqualTo(CellType.STRING);
      assertThat(reason.getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(reason.getCellStyle().getQuotePrefixed()).isTrue();
      Cell candidate = workbook.getSheet(HiringWorkbook.APPLICATIONS).getRow(1).getCell(2);
      assertThat(candidate.getCellType()).isEqualTo(CellType.STRING);
      assertThat(candidate.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  private static XSSFWorkbook open() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(HiringWorkbook.render(CONTENT)));
  }
}
