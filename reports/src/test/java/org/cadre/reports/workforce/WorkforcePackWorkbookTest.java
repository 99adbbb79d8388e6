package org.cadre.reports.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.domain.reporting.UnitDetail;
import org.junit.jupiter.api.Test;

class WorkforcePackWorkbookTest {

  private static XSSFWorkbook open(WorkforcePack pack, Locale language) throws IOException {
    return new XSSFWorkbook(
        new ByteArrayInputStream(WorkforcePackWorkbook.render(pack, PackLabels.of(language))));
  }

  private static List<String> sheets(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  @Test
  void hasTheSectionsOfThePdfAsSheetsEachWithItsHeaderInViewAndPrintedAcross() throws IOException {
    try (XSSFWorkbook workbook = open(PackFixture.pack(4, UnitDetail.TEAMS), Locale.ENGLISH)) {
      assertThat(sheets(workbook))
          .containsExactly(
              "Cover",
              "Summary",
              "Bridge",
              "Units",
              "Trend",
              "Blueprint mix",
              "Scenario",
              "Hiring",
              "Skills",
              "Unit pages",
              "Definitions",
              "Lineage");
      for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
      }
    }
  }

  @Test
  void totalsAndDifferencesAreFormulasThatGiveThePacksNumbers() throws IOException {
    WorkforcePack pack = PackFixture.pack(4, UnitDetail.TEAMS);
    try (XSSFWorkbook workbook = open(pack, Locale.ENGLISH)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      XSSFSheet summary = workbook.getSheet("Summary");
      Cell gap = summary.getRow(4).getCell(1);
      assertThat(gap.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(evaluator.evaluate(gap).getNumberValue())
          .isEqualTo(pack.summary().figures().gapFte().doubleValue());
      assertThat(summary.getRow(0).getCell(3).getStringCellValue()).isEqualTo("People");
      assertThat(summary.getRow(7).getCell(0).getStringCellValue())
          .isEqualTo("Hires in the period");
      assertThat(summary.getRow(7).getCell(3).getNumericCellValue())
          .as("hires are people, not FTE")
          .isEqualTo(pack.summary().hires());
      Cell hiresAsFte = summary.getRow(7).getCell(1);
      assertThat(hiresAsFte == null || hiresAsFte.getCellType() == CellType.BLANK).isTrue();

      XSSFSheet units = workbook.getSheet("Units");
      Row total = null;
      for (Row row : units) {
        if ("Total".equals(row.getCell(0).getStringCellValue())) {
          total = row;
        }
      }
      assertThat(total).isNotNull();
      assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue())
          .isEqualTo(sum(pack, UnitRow.Line.SUBTOTAL));

      XSSFSheet bridge = workbook.getSheet("Bridge");
      for (int r = 1; r <= pack.bridge().size(); r++) {
        Cell end = bridge.getRow(r).getCell(6);
        assertThat(end.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(end).getNumberValue())
            .isEqualTo(pack.bridge().get(r - 1).figures().closing());
      }

      XSSFSheet mix = workbook.getSheet("Blueprint mix");
      Row mixTotals = mix.getRow(mix.getLastRowNum());
      Cell grand = mixTotals.getCell(mixTotals.getLastCellNum() - 1);
      assertThat(evaluator.evaluate(grand).getNumberValue())
          .isEqualTo(pack.mix().stream().mapToDouble(c -> c.plannedFte().doubleValue()).sum());
    }
  }

  private static double sum(WorkforcePack pack, UnitRow.Line line) {
    return pack.units().stream()
        .filter(r -> r.line() == line)
        .mapToDouble(r -> r.figures().plannedFte().doubleValue())
        .sum();
  }

  @Test
  void aGroupWithoutLinesBelowItIsAPlainLineUnderItsOwnNameAndStillAddsUpToTheTotal()
      throws IOException {
    WorkforcePack pack = PackFixture.pack(2, UnitDetail.DEPARTMENTS);
    WorkforcePack groupsOnly =
        PackFixture.withUnits(
            pack, pack.units().stream().filter(r -> r.line() != UnitRow.Line.UNIT).toList());
    try (XSSFWorkbook workbook = open(groupsOnly, Locale.ENGLISH)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      XSSFSheet units = workbook.getSheet("Units");
      Row first = units.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(groupsOnly.units().get(0).name());
      assertThat(workbook.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isFalse();
      Row total = units.getRow(groupsOnly.units().size());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue())
          .isEqualTo(sum(groupsOnly, UnitRow.Line.SUBTOTAL));
    }
  }

  @Test
  void drawsNativeChartsOfTheUnitsAndTheTrend() throws IOException {
    try (XSSFWorkbook workbook =
        open(PackFixture.pack(4, UnitDetail.DEPARTMENTS), Locale.ENGLISH)) {
      XSSFDrawing units = workbook.getSheet("Units").getDrawingPatriarch();
      XSSFDrawing trend = workbook.getSheet("Trend").getDrawingPatriarch();

      assertThat(units.getCharts()).hasSize(2);
      assertThat(trend.getCharts()).hasSize(2);
      assertThat(units.getCharts().get(0).getTitleText().getString())
          .isEqualTo("Planned and actual FTE");
      assertThat(trend.getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
    }
  }

  @Test
  void theGermanTwinIsInGerman() throws IOException {
    try (XSSFWorkbook workbook = open(PackFixture.pack(2, UnitDetail.DEPARTMENTS), Locale.GERMAN)) {
      assertThat(sheets(workbook))
          .contains("Deckblatt", "Zusammenfassung", "Brücke", "Einheiten", "Definitionen");
      assertThat(workbook.getSheet("Zusammenfassung").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Geplant");
    }
  }

  @Test
  void namesThatLookLikeFormulasStayText() throws IOException {
    WorkforcePack fixture = PackFixture.pack(2, UnitDetail.DEPARTMENTS);
    PackSummary summary = fixture.summary();
    List<GapRow> gaps = new ArrayList<>(summary.largestGaps());
    GapRow first = gaps.get(0);
    gaps.set(
        0,
        new GapRow(
            "=HYPERLINK(\"http://evil.example\")",
            first.blueprint(),
            first.level(),
            first.gapFte(),
            first.gapCost()));
    WorkforcePack pack =
        new WorkforcePack(
            fixture.cover(),
            new PackSummary(
                summary.quarter(),
                summary.figures(),
                summary.hires(),
                summary.leavers(),
                gaps,
                summary.skillsAtRisk()),
            fixture.bridge(),
            fixture.units(),
            fixture.chartUnits(),
            fixture.trend(),
            fixture.mix(),
            fixture.scenario(),
            fixture.hiring(),
            fixture.skills(),
            fixture.unitPages(),
            fixture.lineage());
    try (XSSFWorkbook workbook = open(pack, Locale.ENGLISH)) {
      XSSFSheet sheet = workbook.getSheet("Summary");
      Cell name = null;
      for (Row row : sheet) {
        if (row.getCell(0).getStringCellValue().startsWith("=HYPERLINK")) {
          name = row.getCell(0);
        }
      }
      assertThat(name).isNotNull();
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void theHiringSheetCountsTheOpenRequisitionsByAgeWithTheirFte() throws IOException {
    WorkforcePack pack = PackFixture.pack(1, UnitDetail.DEPARTMENTS);
    try (XSSFWorkbook workbook = open(pack, Locale.ENGLISH)) {
      XSSFSheet sheet = workbook.getSheet("Hiring");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("FTE");
      List<List<Object>> ages = new ArrayList<>();
      boolean after = false;
      for (Row row : sheet) {
        String label = row.getCell(0).getStringCellValue();
        if (after) {
          ages.add(
              List.of(
                  label,
                  row.getCell(1).getNumericCellValue(),
                  row.getCell(2).getNumericCellValue()));
        }
        after |= label.equals("Open requisitions by age on 2027-01-15");
      }
      assertThat(ages)
          .containsExactly(
              List.of("Under 30 days", 3.0, 2.5),
              List.of("30\u201359 days", 2.0, 2.0),
              List.of("60\u201389 days", 0.0, 0.0),
              List.of("90 days and over", 1.0, 0.5));
    }
    try (XSSFWorkbook workbook = open(pack, Locale.GERMAN)) {
      List<String> labels = new ArrayList<>();
      workbook
          .getSheet("Recruiting")
          .forEach(row -> labels.add(row.getCell(0).getStringCellValue()));
      assertThat(labels)
          .contains(
              "Offene Stellenanforderungen nach Alter am 2027-01-15",
              "Unter 30 Tagen",
              "30\u201359 Tage",
              "90 Tage und mehr");
    }
  }
}
