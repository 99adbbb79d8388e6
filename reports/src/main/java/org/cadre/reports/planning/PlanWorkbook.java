package org.cadre.reports.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Formula;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * Headcount plans as a workbook to plan in and import again: the sheet "Plan" has one row per unit
 * and blueprint (and level) and one group of columns per quarter; only planned FTE can be changed
 * (the sheet is protected), gap and cost are formulas, and the last row holds the totals. Hidden
 * columns carry what the import matches on: the scenario, the seat's key and, per quarter, the
 * revision of the plan the file was exported from. An "Instructions" sheet follows.
 *
 * <p>The headers are the import's contract: {@link #header(String, Measure)} names each quarter's
 * columns, e.g. "2027-Q1 Planned FTE".
 */
public final class PlanWorkbook {

  public static final String SHEET = "Plan";
  public static final String INSTRUCTIONS = "Instructions";
  public static final String UNIT = "Unit";
  public static final String UNIT_NAME = "Unit name";
  public static final String BLUEPRINT = "Blueprint";
  public static final String LEVEL = "Level";
  public static final String SCENARIO = "Scenario";
  public static final String KEY = "Key";

  /** What the unit column of the totals row says; the import skips that row. */
  public static final String TOTAL = "Total";

  /**
   * The sheet protection's password. It keeps computed cells from being overwritten by accident and
   * is no secret: the import checks every locked cell whatever the protection.
   */
  public static final String PROTECTION_PASSWORD = "cadre";

  /** Columns before the first quarter: unit, unit name, blueprint, level, scenario, key. */
  public static final int KEY_COLUMNS = 6;

  /** The columns of each quarter, in order. */
  public enum Measure {
    PLANNED("Planned FTE"),
    ACTUAL("Actual FTE"),
    OPEN("Open FTE"),
    GAP("Gap"),
    COST_PER_FTE("Cost per FTE"),
    COST("Annual cost"),
    /** Hidden: "id:revision" of the plan the row's figures come from, empty when it had none. */
    REVISION("Plan revision");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The quarter's column header for the measure, e.g. "2027-Q1 Planned FTE". */
  public static String header(String quarter, Measure measure) {
    return quarter + " " + measure.label();
  }

  /** The plan revision as the hidden column keeps it: {@code 41:3}. */
  public static String revision(long planId, long revision) {
    return planId + ":" + revision;
  }

  /**
   * A seat's figures for one quarter.
   *
   * @param costPerFte null when neither the plan line nor the cost table has a rate
   * @param revision what {@link #revision(long, long)} makes of the quarter's plan, null for none
   */
  public record QuarterCells(
      BigDecimal planned,
      BigDecimal actual,
      BigDecimal open,
      BigDecimal costPerFte,
      String revision) {}

  /**
   * One row: a seat of a unit over the quarters.
   *
   * @param key the seat's key, as the import matches rows
   */
  public record Row(
      String unitCode,
      String unitName,
      String blueprint,
      String level,
      String key,
      List<QuarterCells> quarters) {}

  /**
   * The plans of a subtree over a range of quarters.
   *
   * @param title what the export covers, e.g. "ENG-PLAT and below, 2027-Q1 to 2027-Q2, baseline"
   * @param plans one line per plan, e.g. "ENG-PLAT-SRE 2027-Q1: Approved (version 2)"
   */
  public record Content(
      String title, String scenario, List<String> quarters, List<Row> rows, List<String> plans) {

    public Content {
      quarters = List.copyOf(quarters);
      rows = List.copyOf(rows);
      plans = List.copyOf(plans);
    }
  }

  private PlanWorkbook() {}

  public static byte[] render(Content content) {
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      writePlan(workbook.sheet(SHEET, columns(content.quarters())), content);
      writeInstructions(
          workbook.sheet(INSTRUCTIONS, List.of(Column.text(INSTRUCTIONS, 100))), content);
      return workbook.toBytes();
    }
  }

  private static List<Column> columns(List<String> quarters) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(UNIT, 16));
    columns.add(Column.text(UNIT_NAME, 24));
    columns.add(Column.text(BLUEPRINT, 30));
    columns.add(Column.text(LEVEL, 10));
    columns.add(Column.text(SCENARIO, 10));
    columns.add(Column.text(KEY, 10));
    for (String quarter : quarters) {
      for (Measure measure : Measure.values()) {
        String header = header(quarter, measure);
        columns.add(
            switch (measure) {
              case PLANNED, ACTUAL, OPEN, GAP -> Column.quantity(header, 11);
              case COST_PER_FTE, COST -> Column.decimal(header, 13);
              case REVISION -> Column.text(header, 10);
            });
      }
    }
    return columns;
  }

  private static void writePlan(SheetWriter sheet, Content content) {
    sheet.headerLines(3);
    sheet.printAcross();
    int quarters = content.quarters().size();
    for (int q = 0; q < quarters; q++) {
      sheet.editable(column(q, Measure.PLANNED));
    }
    int excelRow = 2;
    for (Row row : content.rows()) {
      List<Object> values = new ArrayList<>();
      values.add(row.unitCode());
      values.add(row.unitName());
      values.add(row.blueprint());
      values.add(row.level());
      values.add(content.scenario());
      values.add(row.key());
      for (int q = 0; q < quarters; q++) {
        QuarterCells cells = row.quarters().get(q);
        String planned = cell(q, Measure.PLANNED, excelRow);
        values.add(cells.planned());
        values.add(cells.actual());
        values.add(cells.open());
        values.add(
            new Formula(
                planned
                    + "-"
                    + cell(q, Measure.ACTUAL, excelRow)
                    + "-"
                    + cell(q, Measure.OPEN, excelRow),
                cells.planned().subtract(cells.actual()).subtract(cells.open())));
        values.add(cells.costPerFte());
        values.add(
            new Formula(
                "ROUND(" + planned + "*" + cell(q, Measure.COST_PER_FTE, excelRow) + ",2)",
                cost(cells)));
        values.add(cells.revision());
      }
      sheet.row(values.toArray());
      excelRow++;
    }
    for (int q = 0; q < quarters; q++) {
      sheet.decimalBetween(
          column(q, Measure.PLANNED),
          0,
          9999,
          "Planned FTE is a number from 0 to 9999 with at most 3 decimals, e.g. 2.5.");
    }
    sheet.totals(totals(content, excelRow - 1).toArray());
    sheet.freeze(KEY_COLUMNS);
    sheet.hideColumn(4);
    sheet.hideColumn(5);
    for (int q = 0; q < quarters; q++) {
      sheet.hideColumn(column(q, Measure.REVISION));
    }
    sheet.protect(PROTECTION_PASSWORD);
  }

  private static List<Object> totals(Content content, int lastRow) {
    List<Object> values = new ArrayList<>();
    values.add(TOTAL);
    for (int i = 1; i < KEY_COLUMNS; i++) {
      values.add(null);
    }
    for (int q = 0; q < content.quarters().size(); q++) {
      for (Measure measure : Measure.values()) {
        boolean summed = measure != Measure.COST_PER_FTE && measure != Measure.REVISION;
        if (!summed) {
          values.add(null);
        } else if (content.rows().isEmpty()) {
          values.add(BigDecimal.ZERO);
        } else {
          String letter = CellReference.convertNumToColString(column(q, measure));
          values.add(
              new Formula(
                  "SUM(" + letter + "2:" + letter + lastRow + ")", sum(content, q, measure)));
        }
      }
    }
    return values;
  }

  private static BigDecimal sum(Content content, int q, Measure measure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Row row : content.rows()) {
      QuarterCells cells = row.quarters().get(q);
      sum =
          sum.add(
              switch (measure) {
                case PLANNED -> cells.planned();
                case ACTUAL -> cells.actual();
                case OPEN -> cells.open();
                case GAP -> cells.planned().subtract(cells.actual()).subtract(cells.open());
                case COST -> cost(cells);
                case COST_PER_FTE, REVISION -> BigDecimal.ZERO;
              });
    }
    return sum;
  }

  /** Planned FTE times the cost per FTE, as the cost column's formula computes it. */
  private static BigDecimal cost(QuarterCells cells) {
    return cells.costPerFte() == null
        ? BigDecimal.ZERO
        : cells.planned().multiply(cells.costPerFte()).setScale(2, RoundingMode.HALF_UP);
  }

  /** The index of a quarter's column, counted from 0. */
  public static int column(int quarter, Measure measure) {
    return KEY_COLUMNS + quarter * Measure.values().length + measure.ordinal();
  }

  private static String cell(int quarter, Measure measure, int excelRow) {
    return CellReference.convertNumToColString(column(quarter, measure)) + excelRow;
  }

  private static void writeInstructions(SheetWriter sheet, Content content) {
    List<String> lines = new ArrayList<>();
    lines.add(content.title() + ".");
    lines.add("");
    lines.add("Change only the yellow cells: planned FTE per unit, blueprint, level and quarter.");
    lines.add("Planned FTE is a number from 0 to 9999 with at most 3 decimals; 0 plans no one.");
    lines.add("Every other cell is locked; the import refuses changes to them and names the cell.");
    lines.add("");
    lines.add(
        "Actual FTE: the people in post at the end of the quarter (today's staff for later"
            + " quarters).");
    lines.add("Open FTE: open requisitions. Gap = planned - actual - open.");
    lines.add(
        "Annual cost = planned FTE x cost per FTE (the plan line's own rate, else HR's cost"
            + " table).");
    lines.add("Gap, annual cost and the totals are formulas.");
    lines.add("");
    lines.add(
        "The sheet is protected against accidental changes with the password \""
            + PROTECTION_PASSWORD
            + "\".");
    lines.add("Rows are matched by hidden keys: do not add, copy or move rows.");
    lines.add("");
    lines.add("Import the file (POST /api/plans/import?mode=dry-run): the preview lists every");
    lines.add(
        "changed cell (old and new) and every refused one; commit applies the accepted"
            + " changes at once.");
    lines.add("A draft or rejected plan changes; an approved plan gets a new draft version;");
    lines.add(
        "a unit without a plan gets one. Submitted plans, awaiting a decision, cannot"
            + " change,");
    lines.add("nor plans someone changed since this file was exported: export again.");
    lines.add("");
    lines.add("Plans in this file:");
    lines.addAll(content.plans());
    lines.forEach(sheet::row);
  }
}
