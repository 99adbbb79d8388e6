package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cadre.reports.excel.Chart;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Formula;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The workbook's figure sheets: headcount and cost by unit (division subtotals, a total that sums
 * them where they hold the whole, bar charts) and the quarter trend (line charts).
 */
final class UnitSheets extends PackSheets {

  UnitSheets(WorkbookWriter workbook, WorkforcePack pack, PackLabels labels) {
    super(workbook, pack, labels);
  }

  void write() {
    units();
    trend();
  }

  private void units() {
    SheetWriter sheet =
        sheet(
            "sheet.units",
            figureColumns(Column.text(t("col.unit"), 44), Column.text(t("col.kind"), 14)));
    sheet.freeze(1);
    List<Integer> subtotals = new ArrayList<>();
    for (int i = 0; i < pack.units().size(); i++) {
      UnitRow row = pack.units().get(i);
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
          boolean alone = PackText.standsAlone(pack.units(), i);
          cells.add(alone ? row.name() : t("units.subtotal", row.name()));
          cells.add(t("kind." + row.kind().name()));
          cells.addAll(figureCells(r, row.figures()));
          if (alone) {
            sheet.row(cells.toArray());
          } else {
            sheet.totals(cells.toArray());
          }
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
                  new Chart.Series(t("col.cost"), 6, figures(chartUnits, PackFigures::plannedCost)),
                  new Chart.Series(t("col.budget"), 7, figures(chartUnits, PackFigures::budget))),
              new int[] {4, chartRow},
              new int[] {5, 18}));
    }
  }

  private static List<BigDecimal> figures(
      List<UnitRow> rows, Function<PackFigures, BigDecimal> value) {
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
}
