package org.cadre.reports.workforce;

import java.util.List;
import java.util.Map;
import org.cadre.domain.planning.BridgeFigures;
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

  /** Writes the cover, summary, bridge and closing sheets, and the others in their order. */
  private static final class Sheets extends PackSheets {

    Sheets(WorkbookWriter workbook, WorkforcePack pack, PackLabels labels) {
      super(workbook, pack, labels);
    }

    void write() {
      cover();
      summary();
      bridge();
      new UnitSheets(workbook, pack, labels).write();
      new SectionSheets(workbook, pack, labels).write();
      definitions();
      lineage();
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
                  Column.integer(t("summary.cost"), 18),
                  Column.integer(t("summary.people"), 12)));
      sheet.row(t("summary.planned"), f.plannedFte(), f.plannedCost(), null);
      sheet.row(t("summary.actual"), f.actualFte(), f.actualCost(), null);
      sheet.row(t("summary.open"), f.openFte(), f.openCost(), null);
      sheet.totals(
          t("summary.gap"),
          new Formula("B2-B3-B4", f.gapFte()),
          new Formula("C2-C3-C4", f.gapCost()),
          null);
      sheet.row(t("summary.budget"), null, f.budget(), null);
      sheet.totals(
          t("summary.variance"),
          null,
          f.budget() == null ? null : new Formula("C6-C2", f.variance()),
          null);
      sheet.row(t("summary.hires"), null, null, summary.hires());
      sheet.row(t("summary.leavers"), null, null, summary.leavers());
      sheet.row("", null, null, null);
      sheet.row(t("summary.largestGaps"), null, null, null);
      for (GapRow gap : summary.largestGaps()) {
        sheet.row(
            gap.unitName() + " · " + gap.blueprint() + " · " + level(gap.level()),
            gap.gapFte(),
            gap.gapCost(),
            null);
      }
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

    private void definitions() {
      SheetWriter sheet =
          sheet("sheet.definitions", List.of(Column.wrappedText(t("sheet.definition"), 120)));
      for (String key : WorkforcePackPdf.definitions(pack)) {
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
