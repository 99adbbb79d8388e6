package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.reports.excel.Chart;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Formula;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The pack's Excel twin: the same sections as sheets, in the same words. Totals and differences are
 * formulas where they follow from the cells beside them (gap, budget left, a bridge's end, the
 * mix's totals); the figures of roll-ups are values, as the pack prints them. Every sheet keeps its
 * header in view and prints across one page; the units and the trend get native charts.
 */
public final class WorkforcePackWorkbook {

  private WorkforcePackWorkbook() {}

  public static byte[] render(WorkforcePack pack, PackLabels labels) {
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      new Sheets(workbook, pack, labels).write();
      return workbook.toBytes();
    }
  }

  /** Writes each sheet of one pack. */
  private static final class Sheets {

    private final WorkbookWriter workbook;
    private final WorkforcePack pack;
    private final PackLabels labels;

    Sheets(WorkbookWriter workbook, WorkforcePack pack, PackLabels labels) {
      this.workbook = workbook;
      this.pack = pack;
      this.labels = labels;
    }

    void write() {
      cover();
      summary();
      bridge();
      units();
      trend();
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
      definitions();
      lineage();
    }

    private String t(String key, Object... arguments) {
      return labels.text(key, arguments);
    }

    private SheetWriter sheet(String key, List<Column> columns) {
      SheetWriter sheet = workbook.sheet(t(key), columns);
      sheet.headerLines(2);
      sheet.printWithHeader();
      return sheet;
    }

    private void cover() {
      Map<String, Object> cover = WorkforcePackPdf.cover(pack.cover(), labels);
      SheetWriter sheet =
          sheet(
              "sheet.cover",
              List.of(Column.text(t("sheet.field"), 28), Column.wrappedText(t("sheet.value"), 80)));
      sheet.row(t("pack.title"), cover.get("unitLine"));
      sheet.row(t("cover.period"), cover.get("period"));
      sheet.row(t("cover.scenario"), cover.get("scenario"));
      sheet.row(t("cover.detail"), cover.get("detail"));
      sheet.row(t("cover.asOf"), cover.get("asOf"));
      sheet.row(t("cover.madeBy"), cover.get("madeBy"));
      sheet.row(t("cover.lineage"), cover.get("plansLine"));
      sheet.row("", cover.get("blueprintsLine"));
    }

    private void summary() {
      PackSummary summary = pack.summary();
      PackFigures f = summary.figures();
      SheetWriter sheet =
          sheet(
              "sheet.summary",
              List.of(
                  Column.text(t("summary.at", summary.quarter()), 40),
                  Column.decimal(t("summary.fte"), 14),
                  Column.decimal(t("summary.cost"), 18)));
      sheet.row(t("summary.planned"), f.plannedFte(), f.plannedCost());
      sheet.row(t("summary.actual"), f.actualFte(), f.actualCost());
      sheet.row(t("summary.open"), f.openFte(), f.openCost());
      sheet.totals(
          t("summary.gap"),
          new Formula("B2-B3-B4", f.gapFte()),
          new Formula("C2-C3-C4", f.gapCost()));
      sheet.row(t("summary.budget"), null, f.budget());
      sheet.totals(
          t("summary.variance"),
          null,
          f.budget() == null ? null : new Formula("C6-C2", f.variance()));
      sheet.row(t("summary.hires"), summary.hires(), null);
      sheet.row(t("summary.leavers"), summary.leavers(), null);
      sheet.row("", null, null);
      sheet.row(t("summary.largestGaps"), null, null);
      for (GapRow gap : summary.largestGaps()) {
        sheet.row(
            gap.unitName() + " · " + gap.blueprint() + " · " + level(gap.level()),
            gap.gapFte(),
            gap.gapCost());
      }
    }

    private String level(org.cadre.domain.blueprint.Level level) {
      return t("level." + WorkforcePackPdf.level(level));
    }

    private void bridge() {
      SheetWriter sheet =
          sheet(
              "sheet.bridge",
              List.of(
                  Column.text(t("col.quarter"), 18),
                  Column.integer(t("bridge.opening"), 10),
                  Column.integer(t("bridge.hires"), 10),
                  Column.integer(t("bridge.leavers"), 10),
                  Column.integer(t("bridge.movesIn"), 10),
                  Column.integer(t("bridge.movesOut"), 10),
                  Column.integer(t("bridge.closing"), 10),
                  Column.decimal(t("bridge.closingFte"), 12),
                  Column.decimal(t("bridge.planned"), 12),
                  Column.decimal(t("bridge.againstPlan"), 14)));
      for (BridgeRow row : pack.bridge()) {
        bridgeRow(
            sheet, row.quarter() + (row.forecast() ? " (" + t("bridge.forecast") + ")" : ""), row);
      }
    }

    private void bridgeRow(SheetWriter sheet, String label, BridgeRow row) {
      BridgeFigures f = row.figures();
      int r = sheet.rowsWritten() + 2;
      sheet.row(
          label,
          f.opening(),
          f.hires(),
          f.leavers(),
          f.movesIn(),
          f.movesOut(),
          new Formula("B" + r + "+C" + r + "-D" + r + "+E" + r + "-F" + r, f.closing()),
          f.closingFte(),
          row.plannedFte(),
          new Formula("H" + r + "-I" + r, f.closingFte().subtract(row.plannedFte())));
    }

    private List<Column> figureColumns(Column first, Column second) {
      return List.of(
          first,
          second,
          Column.decimal(t("col.planned"), 12),
          Column.decimal(t("col.actual"), 12),
          Column.decimal(t("col.open"), 12),
          Column.decimal(t("col.gap"), 12),
          Column.decimal(t("col.cost"), 16),
          Column.decimal(t("col.budget"), 16),
          Column.decimal(t("col.variance"), 16));
    }

    /** A row's figures from column C on; gap and budget left are formulas of the row's cells. */
    private List<Object> figureCells(int row, PackFigures f) {
      List<Object> cells = new ArrayList<>();
      cells.add(f.plannedFte());
      cells.add(f.actualFte());
      cells.add(f.openFte());
      cells.add(new Formula("C" + row + "-D" + row + "-E" + row, f.gapFte()));
      cells.add(f.plannedCost());
      cells.add(f.budget());
      cells.add(f.budget() == null ? null : new Formula("H" + row + "-G" + row, f.variance()));
      return cells;
    }

    private void units() {
      SheetWriter sheet =
          sheet(
              "sheet.units",
              figureColumns(Column.text(t("col.unit"), 44), Column.text(t("col.kind"), 14)));
      sheet.freeze(1);
      List<Integer> subtotals = new ArrayList<>();
      for (UnitRow row : pack.units()) {
        int r = sheet.rowsWritten() + 2;
        List<Object> cells = new ArrayList<>();
        String indent = "    ".repeat(row.indent());
        switch (row.line()) {
          case UNIT -> {
            cells.add(indent + row.name());
            cells.add(t("kind." + row.kind().name()));
            cells.addAll(figureCells(r, row.figures()));
            sheet.row(cells.toArray());
          }
          case SUBTOTAL -> {
            cells.add(t("units.subtotal", row.name()));
            cells.add(t("kind." + row.kind().name()));
            cells.addAll(figureCells(r, row.figures()));
            sheet.totals(cells.toArray());
            subtotals.add(r);
          }
          case TOTAL -> {
            cells.add(t("units.total"));
            cells.add(null);
            cells.addAll(totalCells(r, subtotals, row.figures()));
            sheet.totals(cells.toArray());
          }
        }
      }
      List<UnitRow> chartUnits = pack.chartUnits();
      if (!chartUnits.isEmpty()) {
        int first = sheet.rowsWritten() + 3;
        sheet.row(new Object[9]);
        for (UnitRow unit : chartUnits) {
          List<Object> cells = new ArrayList<>();
          cells.add(unit.name());
          cells.add(t("kind." + unit.kind().name()));
          cells.addAll(figureCells(sheet.rowsWritten() + 2, unit.figures()));
          sheet.row(cells.toArray());
        }
        List<String> names = chartUnits.stream().map(UnitRow::name).toList();
        int chartRow = sheet.rowsWritten() + 2;
        sheet.chart(
            new Chart(
                Chart.Kind.BARS,
                t("units.chart.fte"),
                0,
                first - 1,
                names,
                List.of(
                    new Chart.Series(
                        t("col.planned"), 2, figures(chartUnits, PackFigures::plannedFte)),
                    new Chart.Series(
                        t("col.actual"), 3, figures(chartUnits, PackFigures::actualFte))),
                new int[] {0, chartRow},
                new int[] {4, 18}));
        sheet.chart(
            new Chart(
                Chart.Kind.BARS,
                t("units.chart.cost"),
                0,
                first - 1,
                names,
                List.of(
                    new Chart.Series(
                        t("col.cost"), 6, figures(chartUnits, PackFigures::plannedCost)),
                    new Chart.Series(t("col.budget"), 7, figures(chartUnits, PackFigures::budget))),
                new int[] {4, chartRow},
                new int[] {5, 18}));
      }
    }

    private static List<BigDecimal> figures(
        List<UnitRow> rows, java.util.function.Function<PackFigures, BigDecimal> value) {
      return rows.stream().map(row -> value.apply(row.figures())).toList();
    }

    /**
     * The total's figures: sums of the subtotal rows where they make up the whole (the pack's unit
     * has no seats of its own), else the roll-up's values.
     */
    private List<Object> totalCells(int row, List<Integer> subtotals, PackFigures total) {
      List<Object> cells = new ArrayList<>();
      BigDecimal[] values = {
        total.plannedFte(),
        total.actualFte(),
        total.openFte(),
        total.gapFte(),
        total.plannedCost(),
        total.budget(),
        total.variance()
      };
      String[] columns = {"C", "D", "E", "F", "G", "H", "I"};
      boolean whole = addsUp(total);
      for (int i = 0; i < columns.length; i++) {
        if (values[i] == null) {
          cells.add(null);
        } else if (whole && !subtotals.isEmpty()) {
          String column = columns[i];
          String sum = String.join("+", subtotals.stream().map(r -> column + r).toList());
          cells.add(new Formula(sum, values[i]));
        } else {
          cells.add(values[i]);
        }
      }
      return cells;
    }

    /** Whether the subtotals' figures sum to the total's: the groups hold all of it. */
    private boolean addsUp(PackFigures total) {
      List<PackFigures> groups =
          pack.units().stream()
              .filter(r -> r.line() == UnitRow.Line.SUBTOTAL)
              .map(UnitRow::figures)
              .toList();
      BigDecimal planned =
          groups.stream().map(PackFigures::plannedFte).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal actual =
          groups.stream().map(PackFigures::actualFte).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal cost =
          groups.stream().map(PackFigures::plannedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
      return planned.compareTo(total.plannedFte()) == 0
          && actual.compareTo(total.actualFte()) == 0
          && cost.compareTo(total.plannedCost()) == 0;
    }

    private void trend() {
      SheetWriter sheet =
          sheet(
              "sheet.trend",
              figureColumns(Column.text(t("col.quarter"), 14), Column.text(t("col.status"), 14)));
      for (QuarterTotals quarter : pack.trend()) {
        List<Object> cells = new ArrayList<>();
        cells.add(quarter.quarter());
        cells.add(t("status." + WorkforcePackPdf.status(quarter.status())));
        cells.addAll(figureCells(sheet.rowsWritten() + 2, quarter.figures()));
        sheet.row(cells.toArray());
      }
      List<String> quarters = pack.trend().stream().map(QuarterTotals::quarter).toList();
      int chartRow = sheet.rowsWritten() + 3;
      sheet.chart(
          new Chart(
              Chart.Kind.LINES,
              t("units.trend.fte"),
              0,
              1,
              quarters,
              List.of(
                  new Chart.Series(t("col.planned"), 2, trend(QuarterTotalsValue.PLANNED)),
                  new Chart.Series(t("col.actual"), 3, trend(QuarterTotalsValue.ACTUAL)),
                  new Chart.Series(t("col.open"), 4, trend(QuarterTotalsValue.OPEN))),
              new int[] {0, chartRow},
              new int[] {4, 18}));
      sheet.chart(
          new Chart(
              Chart.Kind.LINES,
              t("units.trend.cost"),
              0,
              1,
              quarters,
              List.of(
                  new Chart.Series(t("col.cost"), 6, trend(QuarterTotalsValue.COST)),
                  new Chart.Series(t("col.budget"), 7, trend(QuarterTotalsValue.BUDGET))),
              new int[] {4, chartRow},
              new int[] {5, 18}));
    }

    private enum QuarterTotalsValue {
      PLANNED,
      ACTUAL,
      OPEN,
      COST,
      BUDGET
    }

    private List<BigDecimal> trend(QuarterTotalsValue value) {
      return pack.trend().stream()
          .map(QuarterTotals::figures)
          .map(
              f ->
                  switch (value) {
                    case PLANNED -> f.plannedFte();
                    case ACTUAL -> f.actualFte();
                    case OPEN -> f.openFte();
                    case COST -> f.plannedCost();
                    case BUDGET -> f.budget();
                  })
          .toList();
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
          new java.util.TreeMap<>(
              java.util.Comparator.comparing((List<Object> k) -> (String) k.get(0))
                  .thenComparing(k -> (Integer) k.get(1)));
      for (MixCell cell : pack.mix()) {
        int rank = cell.level() == null ? 0 : cell.level().rank();
        rows.computeIfAbsent(
                List.of(cell.blueprint(), rank, WorkforcePackPdf.level(cell.level())),
                k -> new java.util.HashMap<>())
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
                  Column.decimal(t("scenario.baselineCost"), 16),
                  Column.decimal(t("scenario.scenarioCost"), 16),
                  Column.decimal(t("scenario.deltaCost"), 16)));
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
                  Column.text(t("sheet.field"), 36),
                  Column.decimal(t("sheet.value"), 14),
                  Column.decimal(t("summary.fte"), 12)));
      sheet.row(t("hiring.filled"), hiring.filled(), null);
      sheet.row(t("hiring.timeToFill"), hiring.medianDaysToFill(), null);
      sheet.row(t("hiring.offersAccepted"), hiring.offersAccepted(), null);
      sheet.row(t("hiring.offersDeclined"), hiring.offersDeclined(), null);
      sheet.row(t("hiring.openByAge"), null, null);
      for (HiringSection.AgeBand band : hiring.openByAge()) {
        sheet.row(t("hiring.age." + band.age().name()), band.requisitions(), band.fte());
      }
      sheet.row(t("hiring.funnel"), null, null);
      for (HiringSection.FunnelStage stage : hiring.funnel()) {
        sheet.row(stage.stage(), stage.candidates(), null);
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
                  Column.decimal(t("skills.needed"), 12),
                  Column.decimal(t("skills.covered"), 12),
                  Column.decimal(t("skills.share"), 12),
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
            null,
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
            row.person() + ": " + row.currentBlueprint() + " → " + row.targetBlueprint(),
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
          cells.add(
              "    ".repeat(page.depth() - 1) + PackText.unitAnchor(page.name(), page.code()));
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

    private void definitions() {
      SheetWriter sheet =
          sheet("sheet.definitions", List.of(Column.wrappedText(t("sheet.definition"), 120)));
      for (String key : WorkforcePackPdf.DEFINITIONS) {
        sheet.row(t(key));
      }
    }

    private void lineage() {
      SheetWriter sheet =
          sheet(
              "sheet.lineage",
              List.of(
                  Column.text(t("col.unit"), 36),
                  Column.text(t("col.quarter"), 10),
                  Column.integer(t("col.version"), 10),
                  Column.text(t("col.status"), 14),
                  Column.text(t("col.blueprint"), 36),
                  Column.integer(t("col.revision"), 10)));
      for (PackLineage.PlanVersion plan : pack.lineage().plans()) {
        sheet.row(
            plan.unitName(),
            plan.quarter(),
            plan.version(),
            t("status." + plan.status().name()),
            null,
            null);
      }
      for (PackLineage.Revision revision : pack.lineage().blueprints()) {
        sheet.row(
            null,
            null,
            null,
            t("blueprintStatus." + revision.status().name()),
            revision.title(),
            revision.revision());
      }
    }
  }
}
