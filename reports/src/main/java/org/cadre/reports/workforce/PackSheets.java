package org.cadre.reports.workforce;

import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.blueprint.Level;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Formula;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * What the sheets of one pack's workbook share: the workbook, the pack and its words, and the
 * columns and cells of a row of figures (gap and budget left as formulas of the row's cells).
 */
abstract class PackSheets {

  protected final WorkbookWriter workbook;
  protected final WorkforcePack pack;
  protected final PackLabels labels;

  PackSheets(WorkbookWriter workbook, WorkforcePack pack, PackLabels labels) {
    this.workbook = workbook;
    this.pack = pack;
    this.labels = labels;
  }

  protected String t(String key, Object... arguments) {
    return labels.text(key, arguments);
  }

  protected SheetWriter sheet(String key, List<Column> columns) {
    SheetWriter sheet = workbook.sheet(t(key), columns);
    sheet.headerLines(2);
    sheet.printWithHeader();
    return sheet;
  }

  protected String level(Level level) {
    return t("level." + WorkforcePackPdf.level(level));
  }

  protected List<Column> figureColumns(Column first, Column second) {
    return List.of(
        first,
        second,
        Column.decimal(t("col.planned"), 12),
        Column.decimal(t("col.actual"), 12),
        Column.decimal(t("col.open"), 12),
        Column.decimal(t("col.gap"), 12),
        Column.integer(t("col.cost"), 16),
        Column.integer(t("col.budget"), 16),
        Column.integer(t("col.variance"), 16));
  }

  /** A row's figures from column C on; gap and budget left are formulas of the row's cells. */
  protected List<Object> figureCells(int row, PackFigures f) {
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
}
