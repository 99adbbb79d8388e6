package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Formula;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The workbook's section sheets after the figures: blueprint mix, scenario comparison, hiring,
 * skills (each when the pack has it) and one block of rows per unit page.
 */
final class SectionSheets extends PackSheets {

  SectionSheets(WorkbookWriter workbook, WorkforcePack pack, PackLabels labels) {
    super(workbook, pack, labels);
  }

  void write() {
    mix();
    if (pack.scenario() != null) {
      scenario();
    }
    if (pack.hiring() != null) {
      hiring();
    }
    if (pack.skills() != null) {
      skills();
    }
    unitPages();
  }

  private void mix() {
    List<String> divisions = pack.mix().stream().map(MixCell::division).distinct().toList();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(t("col.blueprint"), 36));
    columns.add(Column.text(t("col.level"), 16));
    divisions.forEach(d -> columns.add(Column.decimal(d, 14)));
    columns.add(Column.decimal(t("mix.total"), 12));
    SheetWriter sheet = sheet("sheet.mix", columns);
    sheet.freeze(2);
    Map<List<Object>, Map<String, BigDecimal>> rows =
        new TreeMap<>(
            Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (Integer) k.get(1)));
    for (MixCell cell : pack.mix()) {
      int rank = cell.level() == null ? 0 : cell.level().rank();
      rows.computeIfAbsent(
              List.of(cell.blueprint(), rank, WorkforcePackPdf.level(cell.level())),
              k -> new HashMap<>())
          .merge(cell.division(), cell.plannedFte(), BigDecimal::add);
    }
    String firstDivision = CellReference.convertNumToColString(2);
    String lastDivision = CellReference.convertNumToColString(1 + divisions.size());
    for (Map.Entry<List<Object>, Map<String, BigDecimal>> row : rows.entrySet()) {
      int r = sheet.rowsWritten() + 2;
      List<Object> cells = new ArrayList<>();
      cells.add(row.getKey().get(0));
      cells.add(t("level." + row.getKey().get(2)));
      BigDecimal sum = BigDecimal.ZERO;
      for (String division : divisions) {
        BigDecimal fte = row.getValue().get(division);
        cells.add(fte);
        sum = sum.add(fte == null ? BigDecimal.ZERO : fte);
      }
      cells.add(new Formula("SUM(" + firstDivision + r + ":" + lastDivision + r + ")", sum));
      sheet.row(cells.toArray());
    }
    int last = sheet.rowsWritten() + 1;
    List<Object> totals = new ArrayList<>();
    totals.add(t("mix.total"));
    totals.add(null);
    for (int i = 0; i <= divisions.size(); i++) {
      int index = i;
      String column = CellReference.convertNumToColString(2 + i);
      BigDecimal sum =
          i < divisions.size()
              ? pack.mix().stream()
                  .filter(c -> c.division().equals(divisions.get(index)))
                  .map(MixCell::plannedFte)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
              : pack.mix().stream()
                  .map(MixCell::plannedFte)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
      totals.add(new Formula("SUM(" + column + "2:" + column + last + ")", sum));
    }
    sheet.totals(totals.toArray());
  }

  private void scenario() {
    ScenarioSection scenario = pack.scenario();
    SheetWriter sheet =
        sheet(
            "sheet.scenario",
            List.of(
                Column.text(t("col.quarter"), 10),
                Column.text(t("col.unit"), 30),
                Column.text(t("col.blueprint"), 32),
                Column.text(t("col.level"), 14),
                Column.decimal(t("scenario.baselineFte"), 12),
                Column.decimal(t("scenario.scenarioFte"), 12),
                Column.decimal(t("scenario.deltaFte"), 12),
                Column.integer(t("scenario.baselineCost"), 16),
                Column.integer(t("scenario.scenarioCost"), 16),
                Column.integer(t("scenario.deltaCost"), 16)));
    for (ScenarioSection.Row row : scenario.rows()) {
      int r = sheet.rowsWritten() + 2;
      sheet.row(
          row.quarter(),
          row.unitName(),
          row.blueprint(),
          level(row.level()),
          row.baselineFte(),
          row.scenarioFte(),
          new Formula("F" + r + "-E" + r, row.deltaFte()),
          row.baselineCost(),
          row.scenarioCost(),
          new Formula("I" + r + "-H" + r, row.deltaCost()));
    }
    int last = sheet.rowsWritten() + 1;
    sheet.totals(
        t("scenario.total"),
        null,
        null,
        null,
        null,
        null,
        new Formula("SUM(G2:G" + last + ")", scenario.deltaFte()),
        null,
        null,
        new Formula("SUM(J2:J" + last + ")", scenario.deltaCost()));
  }

  private void hiring() {
    HiringSection hiring = pack.hiring();
    SheetWriter sheet =
        sheet(
            "sheet.hiring",
            List.of(
                Column.wrappedText(t("sheet.field"), 60),
                Column.decimal(t("sheet.value"), 14),
                Column.decimal(t("hiring.fte"), 12)));
    sheet.row(t("hiring.period", hiring.from(), hiring.to()), null, null);
    sheet.row(t("hiring.filled"), hiring.filled(), null);
    sheet.row(t("hiring.timeToFill"), hiring.medianDaysToFill(), null);
    sheet.row(t("hiring.offersAccepted"), hiring.offersAccepted(), null);
    sheet.row(t("hiring.offersDeclined"), hiring.offersDeclined(), null);
    sheet.row(t("hiring.funnel"), null, null);
    for (HiringSection.FunnelStage stage : hiring.funnel()) {
      sheet.row(stage.stage(), stage.candidates(), null);
    }
    sheet.row(t("hiring.openByAge", hiring.to()), null, null);
    for (HiringSection.AgeBand age : hiring.openByAge()) {
      sheet.row(age.label(labels), age.requisitions(), age.fte());
    }
  }

  private void skills() {
    SkillsSection skills = pack.skills();
    SheetWriter sheet =
        sheet(
            "sheet.skills",
            List.of(
                Column.text(t("sheet.section"), 30),
                Column.text(t("col.competency"), 36),
                Column.text(t("col.unit"), 30),
                Column.integer(t("skills.needed"), 12),
                Column.integer(t("skills.covered"), 12),
                Column.decimal(t("skills.value"), 16),
                Column.text(t("skills.risk"), 24)));
    for (SkillsSection.CoverageRow row : skills.criticalCoverage()) {
      sheet.row(
          t("skills.coverage"),
          row.competency(),
          null,
          row.needed(),
          row.covered(),
          row.share(),
          null);
    }
    for (SkillsSection.RiskRow row : skills.atRisk()) {
      sheet.row(
          t("skills.atRisk"),
          row.competency(),
          row.unitName(),
          null,
          row.holders(),
          null,
          t("skills.risk." + row.risk().name()));
    }
    for (SkillsSection.UnitGapRow row : skills.largestGaps()) {
      sheet.row(
          t("skills.largestGaps"),
          row.largestCompetency(),
          row.unitName(),
          null,
          null,
          row.weightedGap(),
          null);
    }
    for (SkillsSection.CandidateRow row : skills.internalCandidates()) {
      sheet.row(
          t("skills.candidates"),
          row.person()
              + ": "
              + row.currentBlueprint()
              + " → "
              + row.targetBlueprint()
              + (row.targetLevel() == null ? "" : " · " + level(row.targetLevel())),
          row.unitName(),
          null,
          null,
          row.readiness(),
          null);
    }
  }

  private void unitPages() {
    List<Column> columns =
        new ArrayList<>(
            figureColumns(Column.text(t("col.unit"), 40), Column.text(t("col.quarter"), 10)));
    columns.add(Column.text(t("col.status"), 14));
    columns.add(Column.integer(t("bridge.opening"), 10));
    columns.add(Column.integer(t("bridge.hires"), 10));
    columns.add(Column.integer(t("bridge.leavers"), 10));
    columns.add(Column.integer(t("bridge.movesIn"), 10));
    columns.add(Column.integer(t("bridge.movesOut"), 10));
    columns.add(Column.integer(t("bridge.closing"), 10));
    SheetWriter sheet = sheet("sheet.unitPages", columns);
    sheet.freeze(2);
    for (UnitPage page : pack.unitPages()) {
      for (int q = 0; q < page.quarters().size(); q++) {
        QuarterTotals quarter = page.quarters().get(q);
        BridgeFigures bridge = page.bridge().get(q).figures();
        int r = sheet.rowsWritten() + 2;
        List<Object> cells = new ArrayList<>();
        cells.add("    ".repeat(page.depth() - 1) + PackText.unitAnchor(page.name(), page.code()));
        cells.add(quarter.quarter());
        cells.addAll(figureCells(r, quarter.figures()));
        cells.add(t("status." + WorkforcePackPdf.status(quarter.status())));
        cells.add(bridge.opening());
        cells.add(bridge.hires());
        cells.add(bridge.leavers());
        cells.add(bridge.movesIn());
        cells.add(bridge.movesOut());
        cells.add(
            new Formula("K" + r + "+L" + r + "-M" + r + "+N" + r + "-O" + r, bridge.closing()));
        sheet.row(cells.toArray());
      }
    }
  }
}
