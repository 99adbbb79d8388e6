package org.cadre.reports.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CompetencyWorkbookTest {

  private static final CompetencyWorkbook.Content CONTENT =
      new CompetencyWorkbook.Content(
          "Platform Security (ENG-PLAT-SEC) and the units below it",
          LocalDate.of(2026, 6, 30),
          List.of(
              new CompetencyWorkbook.Competency(
                  1, "Threat modelling", true, 2, 1, 0.5, true, List.of("Ana Silva")),
              new CompetencyWorkbook.Competency(
                  2, "=cmd|' /C calc'!A0", false, 1, 1, 1.0, false, List.of("Ana Silva", "Ben"))),
          List.of(
              new CompetencyWorkbook.Person(
                  "Ana Silva",
                  "E1",
                  "Security Engineer",
                  "Senior",
                  0.75,
                  2,
                  Map.of(
                      1L, new CompetencyWorkbook.Cell(4, 4, false),
                      2L, new CompetencyWorkbook.Cell(3, 2, true))),
              new CompetencyWorkbook.Person(
                  "@SUM(1+1)",
                  "E2",
                  null,
                  null,
                  null,
                  null,
                  Map.of(1L, new CompetencyWorkbook.Cell(null, 5, false)))),
          List.of("What the numbers mean."));

  private static XSSFWorkbook open() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(CompetencyWorkbook.render(CONTENT)));
  }

  @Test
  void theHeatmapHoldsAssessedLevelsWithTheNameColumnAndHeaderFrozen() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      assertThat(workbook.getSheetName(0)).isEqualTo(CompetencyWorkbook.HEATMAP);
      XSSFSheet heatmap = workbook.getSheet(CompetencyWorkbook.HEATMAP);
      PaneInformation pane = heatmap.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(heatmap.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Threat modelling");
      assertThat(heatmap.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ana Silva");
      assertThat(heatmap.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.75);
      assertThat(heatmap.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(4);
      assertThat(heatmap.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2);
      assertThat(heatmap.getRow(2).getCell(7, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
      // stale assessments are marked with a comment
      assertThat(heatmap.getRow(1).getCell(7).getCellComment().getString().getString())
          .startsWith("Stale");
      assertThat(heatmap.getRow(1).getCell(6).getCellComment()).isNull();
      XSSFSheet required = workbook.getSheet(CompetencyWorkbook.REQUIRED);
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex(required))).isTrue();
      assertThat(required.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(3);
    }
  }

  @Test
  void levelsAreColouredAgainstTheRequiredLevelsByConditionalFormatting() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      SheetConditionalFormatting formatting =
          workbook.getSheet(CompetencyWorkbook.HEATMAP).getSheetConditionalFormatting();
      List<String> rules = new ArrayList<>();
      for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
        ConditionalFormatting f = formatting.getConditionalFormattingAt(i);
        assertThat(f.getFormattingRanges()[0].formatAsString()).isEqualTo("G2:H3");
        rules.add(f.getRule(0).getFormula1());
      }
      assertThat(rules)
          .containsExactly(
              "AND(ISNUMBER('Required'!G2),N(G2)>='Required'!G2)",
              "AND(ISNUMBER('Required'!G2),N(G2)='Required'!G2-1)",
              "AND(ISNUMBER('Required'!G2),N(G2)<'Required'!G2-1)");
    }
  }

  @Test
  void coverageAndTheCompetenciesAtRiskWithWhoHoldsThem() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet coverage = workbook.getSheet(CompetencyWorkbook.COVERAGE);
      assertThat(coverage.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Threat modelling");
      assertThat(coverage.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.5);
      assertThat(coverage.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1);
      assertThat(coverage.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Yes");
      XSSFSheet atRisk = workbook.getSheet(CompetencyWorkbook.AT_RISK);
      assertThat(atRisk.getLastRowNum()).isEqualTo(1);
      assertThat(atRisk.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Ana Silva");
      assertThat(
              workbook.getSheet(CompetencyWorkbook.NOTES).getRow(1).getCell(0).getStringCellValue())
          .startsWith("Platform Security (ENG-PLAT-SEC)");
    }
  }

  @Test
  void userTextNeverBecomesAFormula() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      XSSFSheet heatmap = workbook.getSheet(CompetencyWorkbook.HEATMAP);
      var header = heatmap.getRow(0).getCell(7);
      assertThat(header.getCellType()).isEqualTo(CellType.STRING);
      assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
      var name = heatmap.getRow(2).getCell(0);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("@SUM(1+1)");
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      var coverageName = workbook.getSheet(CompetencyWorkbook.COVERAGE).getRow(2).getCell(0);
      assertThat(coverageName.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }
}
