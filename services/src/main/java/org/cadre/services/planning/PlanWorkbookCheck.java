package org.cadre.services.planning;

import static org.cadre.services.planning.PlanWorkbookRows.BLUEPRINT;
import static org.cadre.services.planning.PlanWorkbookRows.KEY;
import static org.cadre.services.planning.PlanWorkbookRows.LEVEL;
import static org.cadre.services.planning.PlanWorkbookRows.SCENARIO;
import static org.cadre.services.planning.PlanWorkbookRows.UNIT;
import static org.cadre.services.planning.PlanWorkbookRows.UNIT_NAME;
import static org.cadre.services.planning.PlanWorkbookRows.planKey;
import static org.cadre.services.planning.PlanWorkbookRows.rate;
import static org.cadre.services.planning.PlanWorkbookRows.revision;
import static org.cadre.services.planning.PlanWorkbookRows.seat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanAction;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.reports.planning.PlanWorkbook;
import org.cadre.reports.planning.PlanWorkbook.Measure;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.HeaderCell;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.imports.sheet.SheetRow;
import org.cadre.services.people.OrgScope;

/**
 * One import's reading of a plan workbook against the plans as they are, cell by cell: a changed
 * planned FTE of a plan the caller may change, unchanged since the export, is accepted; every other
 * change (to a label, a figure Cadre computes, a plan changed since, a unit outside the caller's)
 * is refused with its cell and the reason. Reads; writes nothing.
 */
final class PlanWorkbookCheck {

  /** Cost and gap are rounded by the spreadsheet; a cent either way is the same figure. */
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final Caller caller;
  private final OrgScope scope;
  private final SheetReader sheet;
  private final String fileName;
  private final PlanImportFindings findings;
  private final PlanningTerms terms;
  private final PlanningData data;
  private final HeadcountPlanRepository plans;
  private final AuditLog log;

  private final Map<Quarter, Map<Measure, ColumnSpec>> columns = new LinkedHashMap<>();
  private String scenario;
  private Map<Quarter, QuarterFigures> figures;
  private Map<String, HeadcountPlan> newest;
  private Map<Long, BlueprintName> names;
  private CostTable costs;

  /**
   * @param findings where the check puts what it finds
   */
  PlanWorkbookCheck(
      Caller caller,
      OrgScope scope,
      SheetReader sheet,
      PlanImportFindings findings,
      PlanningTerms terms,
      PlanningData data,
      HeadcountPlanRepository plans,
      AuditLog log) {
    this.caller = caller;
    this.scope = scope;
    this.sheet = sheet;
    this.fileName = sheet.fileName();
    this.findings = findings;
    this.terms = terms;
    this.data = data;
    this.plans = plans;
    this.log = log;
  }

  /**
   * Reads every row and compares it with the plans as they are.
   *
   * @return the file's scenario; null when the file has no row the caller may plan
   */
  String run() {
    findQuarterColumns();
    List<SheetRow> rows;
    try (Stream<SheetRow> stream = sheet.rows()) {
      rows = stream.toList();
    }
    List<SheetRow> planned = new ArrayList<>();
    Set<String> units = new LinkedHashSet<>();
    Set<String> outside = new LinkedHashSet<>();
    for (SheetRow row : rows) {
      String key = row.text(KEY);
      if (key == null) {
        if (!PlanWorkbook.TOTAL.equalsIgnoreCase(String.valueOf(row.text(UNIT)))) {
          refuse(
              row.number(),
              null,
              null,
              null,
              "this row has no hidden key, so it was not in the exported file; rows added to"
                  + " the sheet are not read: plan another blueprint in the portal");
        }
        continue;
      }
      SeatKey seat = seat(key);
      if (seat == null) {
        refuse(
            row.number(),
            cell(KEY, row.number()),
            PlanWorkbook.KEY,
            key,
            "the hidden key is not one Cadre wrote; export the plans again");
        continue;
      }
      if (!scope.exists(seat.unitCode()) || !PlanRights.mayEdit(caller, scope, seat.unitCode())) {
        outside.add(seat.unitCode());
        refuse(
            row.number(),
            cell(UNIT, row.number()),
            PlanWorkbook.UNIT,
            seat.unitCode(),
            seat.unitCode()
                + " is not among the units you may plan (those you manage and the units below"
                + " them), so this row is not read");
        continue;
      }
      String rowScenario = row.text(SCENARIO);
      if (scenario == null) {
        scenario = terms.scenario(rowScenario);
      } else if (!scenario.equals(rowScenario)) {
        refuse(
            row.number(),
            cell(SCENARIO, row.number()),
            PlanWorkbook.SCENARIO,
            rowScenario,
            "this row belongs to scenario " + rowScenario + ", the file to " + scenario);
        continue;
      }
      units.add(seat.unitCode());
      planned.add(row);
    }
    if (units.isEmpty() && !outside.isEmpty()) {
      throw new AccessDeniedException(
          "You may plan the units you manage and the units below them only; none of the units"
              + " in "
              + fileName
              + " is one of them: "
              + String.join(", ", outside)
              + ".");
    }
    if (units.isEmpty()) {
      return scenario;
    }
    load(units);
    for (SheetRow row : planned) {
      compare(row, seat(row.text(KEY)));
    }
    for (HeaderCell header : sheet.header().unknownColumns()) {
      boolean read =
          columns.values().stream()
              .flatMap(specs -> specs.values().stream())
              .anyMatch(spec -> sheet.header().find(spec).equals(Optional.of(header)));
      if (!read && !header.name().isBlank()) {
        findings.warn(
            "Column "
                + header.describe()
                + " is not one of the plan workbook's columns; its values are ignored.");
      }
    }
    return scenario;
  }

  /** The quarters of the file, found by their "Planned FTE" headers. */
  private void findQuarterColumns() {
    String suffix = " " + Measure.PLANNED.label();
    for (HeaderCell header : sheet.header().cells()) {
      String name = header.name();
      if (name.endsWith(suffix)) {
        Quarter.parse(name.substring(0, name.length() - suffix.length()))
            .ifPresent(
                quarter -> {
                  Map<Measure, ColumnSpec> specs = new LinkedHashMap<>();
                  for (Measure measure : Measure.values()) {
                    String column = PlanWorkbook.header(quarter.toString(), measure);
                    specs.put(
                        measure,
                        measure == Measure.REVISION
                            ? PlanWorkbookRows.text(column, false)
                            : ColumnSpec.optional(column, ColumnSpec.Kind.DECIMAL));
                  }
                  columns.put(quarter, specs);
                });
      }
    }
    if (columns.isEmpty()) {
      throw new RejectedDocumentException(
          fileName
              + ": no column of planned FTE such as \""
              + PlanWorkbook.header("2027-Q1", Measure.PLANNED)
              + "\"; import a plan workbook exported from Cadre");
    }
  }

  private void load(Set<String> units) {
    List<Quarter> range =
        Quarter.range(
            columns.keySet().stream().min(Comparator.naturalOrder()).orElseThrow(),
            columns.keySet().stream().max(Comparator.naturalOrder()).orElseThrow());
    figures = data.figures(scenario, units, range);
    newest = PlanWorkbookRows.newest(plans, scenario, units, range);
    names = data.blueprintNames();
    costs = data.costs();
  }

  private void compare(SheetRow row, SeatKey seat) {
    String unit = seat.unitCode();
    BlueprintName blueprint = names.get(seat.blueprintId());
    String title = blueprint == null ? "#" + seat.blueprintId() : blueprint.title();
    String level = seat.level() == null ? null : seat.level().label();
    label(row, UNIT, unit, "the unit");
    label(row, UNIT_NAME, scope.unit(unit).name(), "the unit's name");
    label(row, BLUEPRINT, title, "the blueprint");
    label(row, LEVEL, level, "the level");
    for (Map.Entry<Quarter, Map<Measure, ColumnSpec>> entry : columns.entrySet()) {
      Quarter quarter = entry.getKey();
      Map<Measure, ColumnSpec> column = entry.getValue();
      HeadcountPlan plan = newest.get(planKey(unit, quarter));
      SeatFigures now = figures.get(quarter).seats(unit).getOrDefault(seat, SeatFigures.NONE);
      BigDecimal rate = rate(costs, plan, seat).orElse(null);
      int before = row.problems().size();
      BigDecimal planned = row.decimal(column.get(Measure.PLANNED));
      boolean plannedRead = row.problems().size() == before;
      locked(
          row,
          column.get(Measure.ACTUAL),
          now.actualFte(),
          "actual FTE",
          "is computed from the people in post");
      locked(
          row, column.get(Measure.OPEN), now.openFte(), "open FTE", "comes from open requisitions");
      locked(
          row,
          column.get(Measure.COST_PER_FTE),
          rate,
          "cost per FTE",
          "comes from the plan line or HR's cost table");
      String fileRevision = row.text(column.get(Measure.REVISION));
      BigDecimal newPlanned = planned == null ? now.plannedFte() : planned;
      // What was exported is known only while the plan is the one the file was exported from.
      boolean unchanged = Objects.equals(fileRevision, revision(plan));
      formula(
          row,
          column.get(Measure.GAP),
          "gap",
          "planned - actual - open",
          newPlanned.subtract(now.actualFte()).subtract(now.openFte()),
          unchanged ? now.gap() : null);
      formula(
          row,
          column.get(Measure.COST),
          "annual cost",
          "planned FTE x cost per FTE",
          cost(newPlanned, rate),
          unchanged ? cost(now.plannedFte(), rate) : null);
      String cellRef = cell(column.get(Measure.PLANNED), row.number());
      String header = column.get(Measure.PLANNED).header();
      if (!plannedRead) {
        continue;
      }
      if (planned == null) {
        refuse(row.number(), cellRef, header, "", "planned FTE is required; write 0 to plan none");
        continue;
      }
      Optional<String> problem = PlanLineRecord.fteProblem(planned);
      if (problem.isPresent()) {
        refuse(row.number(), cellRef, header, planned.toPlainString(), problem.get());
        continue;
      }
      if (planned.compareTo(now.plannedFte()) == 0) {
        continue;
      }
      String changedSince = changedSince(plan, fileRevision, unit, quarter);
      if (changedSince != null) {
        findings.stale(changedSince);
        refuse(
            row.number(),
            cellRef,
            header,
            planned.toPlainString(),
            changedSince + "; export the plans again");
        continue;
      }
      Optional<String> notEditable = plan == null ? Optional.empty() : plan.whyNot(PlanAction.EDIT);
      if (notEditable.isPresent()) {
        refuse(row.number(), cellRef, header, planned.toPlainString(), notEditable.get());
        continue;
      }
      findings.accept(
          new PlanImportFindings.Accepted(seat, quarter, planned, plan),
          new PlanCellChange(
              row.number(),
              cellRef,
              unit,
              seat.blueprintId(),
              title,
              level,
              quarter.toString(),
              now.plannedFte(),
              planned));
    }
    row.problems()
        .forEach(
            p ->
                refuse(
                    p.row(),
                    new HeaderCell(p.columnIndex(), p.column()).letter() + p.row(),
                    p.column(),
                    p.value(),
                    p.reason()));
  }

  /** Refuses a changed text cell that only labels the row (rows are matched by their key). */
  private void label(SheetRow row, ColumnSpec column, String expected, String what) {
    String written = row.text(column);
    String wanted = expected == null || expected.isBlank() ? null : expected.strip();
    if (sheet.header().find(column).isPresent() && !Objects.equals(written, wanted)) {
      refuse(
          row.number(),
          cell(column, row.number()),
          column.header(),
          written,
          what
              + " cannot be changed here"
              + (wanted == null ? "" : "; Cadre has \"" + wanted + "\"")
              + " (rows are matched by their hidden key)");
    }
  }

  /** Refuses a changed value cell that is Cadre's, not the plan's. */
  private void locked(
      SheetRow row, ColumnSpec column, BigDecimal expected, String what, String why) {
    int before = row.problems().size();
    BigDecimal written = row.decimal(column);
    if (row.problems().size() != before || !sheet.header().find(column).isPresent()) {
      return;
    }
    if (!same(written, expected)) {
      refuse(
          row.number(),
          cell(column, row.number()),
          column.header(),
          written == null ? "" : written.toPlainString(),
          what
              + " "
              + why
              + " and cannot be changed; Cadre has "
              + (expected == null ? "none" : expected.stripTrailingZeros().toPlainString()));
    }
  }

  /**
   * Refuses a formula cell whose value is neither what its formula gives with the file's planned
   * FTE nor the value it was exported with (a file edited by a program that does not calculate).
   *
   * @param exported null when the plan changed since the export: the exported value is unknown then
   *     and the cell is not judged (a change to the plan is refused anyway)
   */
  private void formula(
      SheetRow row,
      ColumnSpec column,
      String what,
      String formula,
      BigDecimal withFile,
      BigDecimal exported) {
    int before = row.problems().size();
    BigDecimal written = row.decimal(column);
    if (row.problems().size() != before || written == null || exported == null) {
      return;
    }
    if (close(written, withFile) || close(written, exported)) {
      return;
    }
    refuse(
        row.number(),
        cell(column, row.number()),
        column.header(),
        written.toPlainString(),
        what + " is computed (" + formula + ") and cannot be changed");
  }

  private String cell(ColumnSpec column, int row) {
    return sheet.header().find(column).map(h -> h.letter() + row).orElse(null);
  }

  private void refuse(int row, String cell, String column, String value, String reason) {
    findings.refuse(PlanCellRefusal.of(row, cell, column, value, reason));
  }

  /**
   * Why the plan differs from the one the file was exported from, or null when it does not, e.g.
   * "the plan of X for 2027-Q1 (baseline, version 2) changed since the file was exported (revision
   * 3 in the file, 4 now; last: hr (2026-11-23 10:00 UTC): Changed …)".
   */
  private String changedSince(HeadcountPlan plan, String fileRevision, String unit, Quarter q) {
    String now = revision(plan);
    if (Objects.equals(now, fileRevision)) {
      return null;
    }
    if (plan == null) {
      return "the plan of " + unit + " for " + q + " is not the one the file was exported from";
    }
    String last =
        log.about(PlanEvent.SUBJECT, plan.id().toString(), 1).stream()
            .map(e -> "; last change by " + PlanConflicts.describe(e))
            .findFirst()
            .orElse("");
    String exported = fileRevision == null ? "" : fileRevision;
    String how;
    if (fileRevision == null) {
      how = " was started since the file was exported";
    } else if (!exported.startsWith(plan.id() + ":")) {
      how = " is a new version since the file was exported";
    } else {
      how =
          " changed since the file was exported (revision "
              + exported.substring(exported.indexOf(':') + 1)
              + " in the file, "
              + plan.revision()
              + " now)";
    }
    return "the " + plan.describe() + how + last;
  }

  private static BigDecimal cost(BigDecimal planned, BigDecimal rate) {
    return rate == null ? BigDecimal.ZERO : planned.multiply(rate);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    BigDecimal left = a == null ? BigDecimal.ZERO : a;
    BigDecimal right = b == null ? BigDecimal.ZERO : b;
    return left.compareTo(right) == 0;
  }

  private static boolean close(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().compareTo(CENT) <= 0;
  }
}
