package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadre.domain.access.Role;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
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
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.UseCase;
import org.cadre.services.imports.ImportSettings;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.HeaderCell;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.imports.sheet.SheetRow;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Headcount plans in Excel: the workbook of a unit subtree over a range of quarters, and importing
 * it back. An import is checked cell by cell against the plans as they are: a dry run lists the
 * planned FTE that changed and every refused cell; a commit of the same file (same checksum)
 * applies the accepted changes in one transaction through {@link PlanningService#saveLines}, so the
 * plan workflow and its audit apply unchanged. Plans that changed since the file was exported are
 * never overwritten: their hidden revision no longer matches.
 */
@ApplicationScoped
@UseCase
public class PlanWorkbooks {

  /** The most rows a plan workbook may have: 1,000 teams of 20 blueprints. */
  static final long MAX_ROWS = 20_000;

  static final String SUBJECT = "plan-import";
  static final String DRY_RUN = "plan-import.dry-run";
  static final String APPLIED = "plan-import.applied";

  private static final ColumnSpec UNIT = text(PlanWorkbook.UNIT, false);
  private static final ColumnSpec UNIT_NAME = text(PlanWorkbook.UNIT_NAME, false);
  private static final ColumnSpec BLUEPRINT = text(PlanWorkbook.BLUEPRINT, false);
  private static final ColumnSpec LEVEL = text(PlanWorkbook.LEVEL, false);
  private static final ColumnSpec SCENARIO = text(PlanWorkbook.SCENARIO, true);
  private static final ColumnSpec KEY = text(PlanWorkbook.KEY, true);

  /** Cost and gap are rounded by the spreadsheet; a cent either way is the same figure. */
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private HeadcountPlanRepository plans;
  private OrgScopes scopes;
  private PlanningData data;
  private PlanningTerms terms;
  private PlanningService planning;
  private ImportSettings settings;
  private AuditTrail audit;
  private AuditLog log;

  protected PlanWorkbooks() {
    // for CDI
  }

  @Inject
  public PlanWorkbooks(
      HeadcountPlanRepository plans,
      OrgScopes scopes,
      PlanningData data,
      PlanningTerms terms,
      PlanningService planning,
      ImportSettings settings,
      AuditTrail audit,
      AuditLog log) {
    this.plans = plans;
    this.scopes = scopes;
    this.data = data;
    this.terms = terms;
    this.planning = planning;
    this.settings = settings;
    this.audit = audit;
    this.log = log;
  }

  /** The workbook of the unit and the units below it that the caller sees. */
  public PlanWorkbookFile export(
      Caller caller, String unitCode, String from, String to, String scenario) {
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    List<Quarter> quarters = terms.range(from, to);
    String name = terms.scenario(scenario);
    List<String> units = scope.tree().subtree(unitCode).stream().filter(scope::isVisible).toList();
    Map<Quarter, QuarterFigures> figures = data.figures(name, units, quarters);
    Map<String, HeadcountPlan> newest = newest(name, units, quarters);
    Map<Long, BlueprintName> names = data.blueprintNames();
    CostTable costs = data.costs();
    List<PlanWorkbook.Row> rows = new ArrayList<>();
    List<String> planLines = new ArrayList<>();
    for (String unit : units) {
      Set<SeatKey> seats = new LinkedHashSet<>();
      figures.values().forEach(f -> seats.addAll(f.seats(unit).keySet()));
      for (SeatKey seat :
          seats.stream().sorted(Comparator.comparing(s -> label(names, s))).toList()) {
        List<PlanWorkbook.QuarterCells> cells = new ArrayList<>();
        for (Quarter quarter : quarters) {
          SeatFigures f = figures.get(quarter).seats(unit).getOrDefault(seat, SeatFigures.NONE);
          HeadcountPlan plan = newest.get(planKey(unit, quarter));
          cells.add(
              new PlanWorkbook.QuarterCells(
                  f.plannedFte(),
                  f.actualFte(),
                  f.openFte(),
                  rate(costs, plan, seat).orElse(null),
                  revision(plan)));
        }
        BlueprintName blueprint = names.get(seat.blueprintId());
        rows.add(
            new PlanWorkbook.Row(
                unit,
                scope.unit(unit).name(),
                blueprint == null ? "#" + seat.blueprintId() : blueprint.title(),
                seat.level() == null ? null : seat.level().label(),
                seat.text(),
                cells));
      }
      for (Quarter quarter : quarters) {
        HeadcountPlan plan = newest.get(planKey(unit, quarter));
        if (plan != null) {
          planLines.add(
              unit
                  + " "
                  + quarter
                  + ": "
                  + plan.status().label()
                  + " (version "
                  + plan.version()
                  + ")");
        }
      }
    }
    String title =
        unitCode
            + " and the units below it, "
            + quarters.get(0)
            + " to "
            + quarters.get(quarters.size() - 1)
            + ", scenario "
            + name;
    byte[] content =
        PlanWorkbook.render(
            new PlanWorkbook.Content(
                title, name, quarters.stream().map(Quarter::toString).toList(), rows, planLines));
    return new PlanWorkbookFile(
        "plans-"
            + unitCode
            + "-"
            + quarters.get(0)
            + "-"
            + quarters.get(quarters.size() - 1)
            + "-"
            + name,
        content);
  }

  /**
   * Reads a plan workbook and previews (dry run) or applies (commit) its changes. A commit must
   * follow a dry run of the same file by the same person and is refused, with nothing written, when
   * a plan it changes changed since the file was exported.
   *
   * @param mode {@code dry-run} or {@code commit}
   */
  public PlanImportView importFile(
      Caller caller, String mode, String fileName, InputStream upload) {
    if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
      throw new AccessDeniedException(
          "Plans are imported by the managers of their units, HR and administrators; your roles"
              + " let you export them.");
    }
    boolean commit = commit(mode);
    OrgScope scope = scopes.of(caller);
    MessageDigest sha = sha256();
    Check check;
    try (SheetReader sheet =
        SheetReader.open(
            new DigestInputStream(upload, sha),
            fileName,
            List.of(UNIT, UNIT_NAME, BLUEPRINT, LEVEL, SCENARIO, KEY),
            settings.limits().withMaxRows(MAX_ROWS))) {
      String checksum = HexFormat.of().formatHex(sha.digest());
      check = new Check(caller, scope, sheet, checksum);
      check.run();
    }
    if (!commit) {
      audit.record(caller, DRY_RUN, SUBJECT, check.checksum, check.summary());
      return check.view("dry-run", false, check.summary());
    }
    requireDryRun(caller, check);
    if (!check.stale.isEmpty()) {
      throw new ConflictException(
          "Nothing was applied: "
              + check.stale.size()
              + (check.stale.size() == 1 ? " plan" : " plans")
              + " changed since the file was exported: "
              + String.join("; ", check.stale)
              + ". Export the plans again and make your changes there.");
    }
    apply(caller, check);
    String summary =
        check.changes.isEmpty()
            ? "Nothing to apply from " + check.fileName + "."
            : "Applied " + check.summary();
    if (!check.changes.isEmpty()) {
      audit.record(caller, APPLIED, SUBJECT, check.checksum, summary);
    }
    return check.view("commit", true, summary);
  }

  private void requireDryRun(Caller caller, Check check) {
    boolean dryRun =
        log.about(SUBJECT, check.checksum, 100).stream()
            .anyMatch(e -> DRY_RUN.equals(e.action()) && caller.username().equals(e.actor()));
    if (!dryRun) {
      throw new ConflictException(
          check.fileName
              + " is not a file you dry-ran: its checksum ("
              + check.checksum
              + ") differs from every file you dry-ran. Nothing was applied; dry-run this file,"
              + " check the preview, then commit it.");
    }
  }

  /** Each changed plan gets its new lines in one save, as the planning page would save them. */
  private void apply(Caller caller, Check check) {
    Map<String, List<Accepted>> byPlan = new LinkedHashMap<>();
    for (Accepted accepted : check.accepted) {
      byPlan
          .computeIfAbsent(
              planKey(accepted.seat.unitCode(), accepted.quarter), k -> new ArrayList<>())
          .add(accepted);
    }
    for (List<Accepted> changes : byPlan.values()) {
      Accepted first = changes.get(0);
      HeadcountPlan plan = first.plan;
      long id;
      long revision;
      List<PlanLineRecord> lines;
      if (plan == null) {
        PlanView started =
            planning.start(caller, first.seat.unitCode(), first.quarter.toString(), check.scenario);
        id = started.id();
        revision = started.revision();
        lines = List.of();
      } else {
        id = plan.id();
        revision = plan.revision();
        lines = plan.lines();
      }
      Map<SeatKey, BigDecimal> wanted = new LinkedHashMap<>();
      changes.forEach(c -> wanted.put(c.seat, c.newFte));
      List<PlanLineInput> inputs = new ArrayList<>();
      for (PlanLineRecord line : lines) {
        BigDecimal planned = wanted.remove(line.seat(first.seat.unitCode()));
        inputs.add(
            new PlanLineInput(
                line.blueprintId(),
                levelName(line.level()),
                planned == null ? line.plannedFte() : planned,
                line.costPerFte(),
                line.justification()));
      }
      wanted.forEach(
          (seat, fte) ->
              inputs.add(
                  new PlanLineInput(seat.blueprintId(), levelName(seat.level()), fte, null, null)));
      planning.saveLines(caller, id, revision, inputs);
    }
  }

  /** A planned FTE cell the import takes. */
  private record Accepted(SeatKey seat, Quarter quarter, BigDecimal newFte, HeadcountPlan plan) {}

  /** One import's reading of a file against the plans as they are. */
  private final class Check {

    private final Caller caller;
    private final OrgScope scope;
    private final SheetReader sheet;
    private final String checksum;
    private final String fileName;
    private final List<PlanCellChange> changes = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final List<PlanCellRefusal> refused = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** What changed since the export, one entry per plan. */
    private final Set<String> stale = new LinkedHashSet<>();

    private final Map<Quarter, Map<Measure, ColumnSpec>> columns = new LinkedHashMap<>();
    private String scenario;
    private Map<Quarter, QuarterFigures> figures;
    private Map<String, HeadcountPlan> newest;
    private Map<Long, BlueprintName> names;
    private CostTable costs;

    Check(Caller caller, OrgScope scope, SheetReader sheet, String checksum) {
      this.caller = caller;
      this.scope = scope;
      this.sheet = sheet;
      this.checksum = checksum;
      this.fileName = sheet.fileName();
    }

    void run() {
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
        return;
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
          warnings.add(
              "Column "
                  + header.describe()
                  + " is not one of the plan workbook's columns; its values are ignored.");
        }
      }
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
                              ? text(column, false)
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
      newest = newest(scenario, units, range);
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
            row,
            column.get(Measure.OPEN),
            now.openFte(),
            "open FTE",
            "comes from open requisitions");
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
          refuse(
              row.number(), cellRef, header, "", "planned FTE is required; write 0 to plan none");
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
          stale.add(changedSince);
          refuse(
              row.number(),
              cellRef,
              header,
              planned.toPlainString(),
              changedSince + "; export the plans again");
          continue;
        }
        Optional<String> notEditable =
            plan == null ? Optional.empty() : plan.whyNot(PlanAction.EDIT);
        if (notEditable.isPresent()) {
          refuse(row.number(), cellRef, header, planned.toPlainString(), notEditable.get());
          continue;
        }
        accepted.add(new Accepted(seat, quarter, planned, plan));
        changes.add(
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
     * @param exported null when the plan changed since the export: the exported value is unknown
     *     then and the cell is not judged (a change to the plan is refused anyway)
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
      refused.add(PlanCellRefusal.of(row, cell, column, value, reason));
    }

    String summary() {
      long plansTouched =
          accepted.stream().map(a -> planKey(a.seat.unitCode(), a.quarter)).distinct().count();
      return changes.size()
          + (changes.size() == 1 ? " change" : " changes")
          + " to "
          + plansTouched
          + (plansTouched == 1 ? " plan" : " plans")
          + ", "
          + refused.size()
          + (refused.size() == 1 ? " refused cell" : " refused cells")
          + " in "
          + fileName
          + ".";
    }

    PlanImportView view(String mode, boolean applied, String message) {
      int plansTouched =
          (int)
              accepted.stream().map(a -> planKey(a.seat.unitCode(), a.quarter)).distinct().count();
      return new PlanImportView(
          mode,
          fileName,
          checksum,
          applied,
          plansTouched,
          List.copyOf(changes),
          List.copyOf(refused),
          List.copyOf(warnings),
          message);
    }
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

  private Map<String, HeadcountPlan> newest(
      String scenario, Collection<String> units, List<Quarter> quarters) {
    Map<String, HeadcountPlan> newest = new HashMap<>();
    for (HeadcountPlan plan :
        plans.newest(scenario, units, quarters.get(0), quarters.get(quarters.size() - 1))) {
      newest.put(planKey(plan.unitCode(), plan.period()), plan);
    }
    return newest;
  }

  /** The seat's cost per FTE in the plan: its line's own rate, else the cost table's. */
  private static Optional<BigDecimal> rate(CostTable costs, HeadcountPlan plan, SeatKey seat) {
    if (plan != null) {
      for (PlanLineRecord line : plan.lines()) {
        if (line.seat(seat.unitCode()).equals(seat)) {
          return costs.rateFor(line);
        }
      }
    }
    return costs.rate(seat.blueprintId(), seat.level());
  }

  private static String revision(HeadcountPlan plan) {
    return plan == null ? null : PlanWorkbook.revision(plan.id(), plan.revision());
  }

  private static String planKey(String unit, Quarter quarter) {
    return unit + " " + quarter;
  }

  private static String label(Map<Long, BlueprintName> names, SeatKey seat) {
    return PlanLines.label(names.get(seat.blueprintId()), seat.level()).toLowerCase(Locale.ROOT);
  }

  /** The seat named by a key as {@link SeatKey#text()} writes it, or null if it is not one. */
  static SeatKey seat(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length != 3 || parts[0].isBlank()) {
      return null;
    }
    try {
      long blueprintId = Long.parseLong(parts[1]);
      Level level = "-".equals(parts[2]) ? null : Level.valueOf(parts[2]);
      return new SeatKey(parts[0], blueprintId, level);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String levelName(Level level) {
    return level == null ? null : level.name();
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

  private static boolean commit(String mode) {
    if (mode == null || mode.isBlank() || "dry-run".equals(mode)) {
      return false;
    }
    if ("commit".equals(mode)) {
      return true;
    }
    throw InvalidInputException.of("mode", mode, "write dry-run or commit");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static ColumnSpec text(String header, boolean required) {
    return required
        ? ColumnSpec.required(header, ColumnSpec.Kind.TEXT)
        : ColumnSpec.optional(header, ColumnSpec.Kind.TEXT);
  }
}
