package org.cadre.web.planning;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadre.services.planning.HeadcountView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanLineView;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.QuarterHeadcountView;
import org.cadre.services.planning.SeatView;
import org.cadre.services.planning.UnitHeadcountView;

/**
 * The planning page's grid, as plain logic: one row per seat (blueprint and level) with its line in
 * each quarter, the units directly below with their figures by quarter, and the lines a quarter's
 * plan is saved with after a cell is typed into, a line removed or one added. A unit with units
 * below it and no plan of its own in any quarter shown is shown rolled up: its subtree's seats and
 * totals, read only, rather than a row of zeros.
 */
final class PlanGrid implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, PlanView> plans = new LinkedHashMap<>();
  private final List<String> periods;
  private final List<Row> rows;
  private final List<UnitRow> units;
  private final Map<String, PlanTotals> rolledUpTotals = new LinkedHashMap<>();

  /**
   * @param plans one per quarter shown, in order
   * @param rollUp the roll-up of the unit shown, whose units below it become the unit rows
   */
  PlanGrid(List<PlanView> plans, HeadcountView rollUp) {
    for (PlanView plan : plans) {
      this.plans.put(plan.period(), plan);
    }
    this.periods = List.copyOf(this.plans.keySet());
    this.units = units(rollUp);
    boolean ownPlans = plans.stream().anyMatch(plan -> plan.id() != null);
    if (ownPlans || units.isEmpty()) {
      this.rows = rows(plans);
    } else {
      this.rows = rows(rollUp);
      rollUp.quarters().forEach(q -> rolledUpTotals.put(q.period(), q.totals()));
    }
  }

  /** The subtree's seats of each quarter, read only: the roll-up's rows. */
  private static List<Row> rows(HeadcountView rollUp) {
    Map<String, Row> bySeat = new LinkedHashMap<>();
    for (QuarterHeadcountView quarter : rollUp.quarters()) {
      for (SeatView seat : quarter.blueprints()) {
        Row row =
            bySeat.computeIfAbsent(
                seat.blueprintId() + "/" + seat.level(),
                k ->
                    new Row(
                        seat.blueprintId(),
                        seat.blueprintTitle(),
                        seat.level(),
                        seat.levelLabel()));
        row.cells.put(
            quarter.period(),
            new PlanLineView(
                List.of(),
                seat.blueprintId(),
                seat.blueprintTitle(),
                seat.level(),
                seat.levelLabel(),
                seat.plannedFte(),
                seat.actualFte(),
                seat.openRequisitions(),
                seat.gap(),
                seat.annualCost(),
                null,
                true,
                null,
                false));
      }
    }
    return sorted(bySeat);
  }

  /**
   * Whether the grid shows the subtree rolled up, the unit having no plan of its own in any quarter
   * shown.
   */
  boolean rolledUp() {
    return !rolledUpTotals.isEmpty();
  }

  /** The quarter's totals: of the unit's own plan, or of its subtree when rolled up. */
  PlanTotals totals(String quarter) {
    return rolledUp() ? rolledUpTotals.get(quarter) : plan(quarter).totals();
  }

  private static List<Row> rows(List<PlanView> plans) {
    Map<String, Row> bySeat = new LinkedHashMap<>();
    for (PlanView plan : plans) {
      for (PlanLineView line : plan.lines()) {
        Row row =
            bySeat.computeIfAbsent(
                line.blueprintId() + "/" + line.level(),
                k ->
                    new Row(
                        line.blueprintId(),
                        line.blueprintTitle(),
                        line.level(),
                        line.levelLabel()));
        row.cells.put(plan.period(), line);
        row.planned.put(plan.period(), line.planned() ? plain(line.plannedFte()) : null);
      }
    }
    return sorted(bySeat);
  }

  private static List<Row> sorted(Map<String, Row> bySeat) {
    List<Row> rows = new ArrayList<>(bySeat.values());
    rows.sort(
        Comparator.comparing((Row row) -> row.title)
            .thenComparing(row -> String.valueOf(row.levelLabel)));
    return rows;
  }

  /** The units directly below, each with its plan's status and its subtree's totals by quarter. */
  private static List<UnitRow> units(HeadcountView rollUp) {
    Map<String, UnitRow> byCode = new LinkedHashMap<>();
    for (QuarterHeadcountView quarter : rollUp.quarters()) {
      for (UnitHeadcountView view : quarter.units()) {
        if (!view.code().equals(rollUp.orgUnit())) {
          byCode
              .computeIfAbsent(view.code(), c -> new UnitRow(view.code(), view.name()))
              .quarters
              .put(quarter.period(), view);
        }
      }
    }
    return new ArrayList<>(byCode.values());
  }

  /** The number as people write it: 2 and 1.5, not 2.000 and 1.500. */
  static BigDecimal plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The plan of a quarter shown, or its empty stand-in (id null); null for a quarter not shown. */
  PlanView plan(String quarter) {
    return plans.get(quarter);
  }

  List<Row> rows() {
    return rows;
  }

  List<UnitRow> units() {
    return units;
  }

  /** The quarters shown, in order. */
  List<String> periods() {
    return periods;
  }

  /**
   * The quarter's planned lines with the row's seat planned at the FTE typed into its cell: changed
   * where the plan has a line for the seat, added where it has none.
   */
  List<PlanLineInput> withPlanned(Row row, String quarter) {
    BigDecimal fte = row.planned.get(quarter);
    List<PlanLineInput> lines = new ArrayList<>();
    boolean found = false;
    for (PlanLineView line : plan(quarter).lines()) {
      if (line.planned()) {
        boolean same = row.matches(line);
        found |= same;
        lines.add(input(line, same ? fte : line.plannedFte()));
      }
    }
    if (!found) {
      lines.add(new PlanLineInput(row.blueprintId, row.level, fte, null, null));
    }
    return lines;
  }

  /** The quarter's planned lines without the row's seat. */
  List<PlanLineInput> without(Row row, String quarter) {
    return plan(quarter).lines().stream()
        .filter(line -> line.planned() && !row.matches(line))
        .map(line -> input(line, line.plannedFte()))
        .toList();
  }

  /** The quarter's planned lines and one more. */
  List<PlanLineInput> with(String quarter, PlanLineInput added) {
    List<PlanLineInput> lines = new ArrayList<>();
    for (PlanLineView line : plan(quarter).lines()) {
      if (line.planned()) {
        lines.add(input(line, line.plannedFte()));
      }
    }
    lines.add(added);
    return lines;
  }

  /** A line as it is sent back: its own cost kept, a cost from the table left to the table. */
  private static PlanLineInput input(PlanLineView line, BigDecimal fte) {
    return new PlanLineInput(
        line.blueprintId(),
        line.level(),
        fte,
        line.costFromTable() ? null : line.costPerFte(),
        line.justification());
  }

  /** One seat (blueprint and level) of the grid, with its line in each quarter that has one. */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long blueprintId;
    private final String title;
    private final String level;
    private final String levelLabel;
    private final Map<String, PlanLineView> cells = new LinkedHashMap<>();
    private final Map<String, BigDecimal> planned = new LinkedHashMap<>();

    Row(long blueprintId, String title, String level, String levelLabel) {
      this.blueprintId = blueprintId;
      this.title = title;
      this.level = level;
      this.levelLabel = levelLabel;
    }

    boolean matches(PlanLineView line) {
      return line.blueprintId() == blueprintId && Objects.equals(line.level(), level);
    }

    /** The seat as messages name it: the title, and the level when it has one. */
    String label() {
      return title + (levelLabel == null ? "" : " (" + levelLabel + ")");
    }

    public String getTitle() {
      return title;
    }

    public long getBlueprintId() {
      return blueprintId;
    }

    /** The level's name, or null for a seat without a level. */
    public String getLevel() {
      return level;
    }

    public String getLevelLabel() {
      return levelLabel;
    }

    public Map<String, PlanLineView> getCells() {
      return cells;
    }

    /** The planned FTE by quarter, which the grid's inputs edit; null where no line is. */
    public Map<String, BigDecimal> getPlanned() {
      return planned;
    }
  }

  /** A unit directly below, with its status and subtree totals by quarter. */
  public static final class UnitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final Map<String, UnitHeadcountView> quarters = new LinkedHashMap<>();

    UnitRow(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public Map<String, UnitHeadcountView> getQuarters() {
      return quarters;
    }
  }
}
