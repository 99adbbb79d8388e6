package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.reports.workforce.MixCell;
import org.cadre.reports.workforce.PackLineage;
import org.cadre.reports.workforce.ScenarioSection;
import org.cadre.reports.workforce.UnitPage;
import org.cadre.reports.workforce.UnitRow;
import org.cadre.services.access.Caller;
import org.cadre.services.planning.ScenarioComparison;
import org.cadre.services.planning.ScenarioDelta;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.SubtreeFigures;
import org.cadre.services.reporting.WorkforcePackAssembler.PackParts;

/**
 * The pack's sections that list units: the table with subtotals, the charts' units, the blueprint
 * mix, the scenario comparison, the unit pages and the lineage. Runs in the assembler's
 * transaction.
 */
@ApplicationScoped
public class PackSections {

  private ScenarioService scenarios;
  private HeadcountPlanRepository plans;
  private RoleBlueprintRepository blueprints;

  protected PackSections() {
    // for CDI
  }

  @Inject
  public PackSections(
      ScenarioService scenarios,
      HeadcountPlanRepository plans,
      RoleBlueprintRepository blueprints) {
    this.scenarios = scenarios;
    this.plans = plans;
    this.blueprints = blueprints;
  }

  /**
   * Each group's units of the detail (parents first, indented by depth), then the group's own
   * roll-up as its subtotal; the pack's total last.
   */
  List<UnitRow> unitRows(PackParts parts, UnitDetail detail, Quarter quarter) {
    PackSubject subject = parts.subject();
    List<UnitRow> rows = new ArrayList<>();
    for (String group : subject.groups()) {
      OrgUnit groupUnit = subject.scope().unit(group);
      for (PackSubject.Placed placed : subject.pages(group, detail)) {
        if (placed.depth() > 1) {
          rows.add(
              new UnitRow(
                  placed.unit().code(),
                  placed.unit().name(),
                  placed.unit().kind(),
                  placed.depth() - 1,
                  groupUnit.name(),
                  UnitRow.Line.UNIT,
                  parts.figures(List.of(placed.unit().code()), quarter)));
        }
      }
      rows.add(
          new UnitRow(
              group,
              groupUnit.name(),
              groupUnit.kind(),
              0,
              groupUnit.name(),
              UnitRow.Line.SUBTOTAL,
              parts.figures(List.of(group), quarter)));
    }
    OrgUnit top = subject.isOrganisation() ? null : subject.scope().unit(subject.code());
    rows.add(
        new UnitRow(
            subject.code(),
            subject.name(),
            top == null ? subject.scope().unit(subject.roots().get(0)).kind() : top.kind(),
            0,
            null,
            UnitRow.Line.TOTAL,
            parts.figures(subject.roots(), quarter)));
    return rows;
  }

  /** The groups, each with its subtree's figures: the bars of the unit charts. */
  List<UnitRow> chartUnits(PackParts parts, Quarter quarter) {
    PackSubject subject = parts.subject();
    return subject.groups().stream()
        .map(subject.scope()::unit)
        .map(
            unit ->
                new UnitRow(
                    unit.code(),
                    unit.name(),
                    unit.kind(),
                    0,
                    unit.name(),
                    UnitRow.Line.UNIT,
                    parts.figures(List.of(unit.code()), quarter)))
        .toList();
  }

  /** Planned and actual FTE of each blueprint and level in each group. */
  List<MixCell> mix(PackParts parts, Quarter quarter) {
    PackSubject subject = parts.subject();
    SubtreeFigures figures = parts.figures();
    List<MixCell> cells = new ArrayList<>();
    List<String> groups = subject.groups().isEmpty() ? subject.roots() : subject.groups();
    for (String group : groups) {
      for (Map.Entry<SeatKey, SeatFigures> seat : figures.seatFigures(group, quarter).entrySet()) {
        SeatFigures f = seat.getValue();
        if (f.plannedFte().signum() != 0 || f.actualFte().signum() != 0) {
          cells.add(
              new MixCell(
                  subject.scope().unit(group).name(),
                  figures.blueprintTitle(seat.getKey().blueprintId()),
                  seat.getKey().level(),
                  f.plannedFte(),
                  f.actualFte()));
        }
      }
    }
    return cells;
  }

  /** The scenario against the baseline over the pack's unit; null for the baseline itself. */
  ScenarioSection scenario(
      Caller caller, PackSubject subject, ReportRequest request, String scenario) {
    if (WorkforcePackAssembler.isBaseline(scenario)) {
      return null;
    }
    ScenarioComparison comparison =
        scenarios.compare(
            caller,
            scenario,
            subject.code(),
            request.first().toString(),
            request.last().toString());
    return new ScenarioSection(
        comparison.scenario(),
        comparison.deltas().stream().map(PackSections::scenarioRow).toList(),
        comparison.deltaFte(),
        comparison.deltaCost());
  }

  private static ScenarioSection.Row scenarioRow(ScenarioDelta delta) {
    return new ScenarioSection.Row(
        delta.period(),
        delta.orgUnitName(),
        delta.blueprintTitle(),
        Arrays.stream(Level.values())
            .filter(level -> level.label().equals(delta.level()))
            .findFirst()
            .orElse(null),
        delta.baselineFte(),
        delta.scenarioFte(),
        delta.deltaFte(),
        delta.baselineCost(),
        delta.scenarioCost(),
        delta.deltaCost());
  }

  /** A page for each unit of the detail: its quarters, its bridge and its seats. */
  List<UnitPage> unitPages(PackParts parts, UnitDetail detail, Quarter quarter) {
    PackSubject subject = parts.subject();
    SubtreeFigures figures = parts.figures();
    List<UnitPage> pages = new ArrayList<>();
    for (PackSubject.Placed placed : subject.pages(detail)) {
      OrgUnit unit = placed.unit();
      List<String> self = List.of(unit.code());
      List<UnitPage.SeatRow> seats = new ArrayList<>();
      figures.seatFigures(unit.code(), quarter).entrySet().stream()
          .sorted(
              Comparator.comparing(
                      (Map.Entry<SeatKey, SeatFigures> e) ->
                          figures.blueprintTitle(e.getKey().blueprintId()))
                  .thenComparing(e -> e.getKey().level() == null ? 0 : e.getKey().level().rank()))
          .forEach(
              e ->
                  seats.add(
                      new UnitPage.SeatRow(
                          figures.blueprintTitle(e.getKey().blueprintId()),
                          e.getKey().level(),
                          e.getValue().plannedFte(),
                          e.getValue().actualFte(),
                          e.getValue().openFte(),
                          e.getValue().gap(),
                          e.getValue().annualCost())));
      String parent = unit.parentCode();
      pages.add(
          new UnitPage(
              unit.code(),
              unit.name(),
              unit.kind(),
              placed.depth(),
              parent == null || subject.scope().unit(parent) == null
                  ? subject.name()
                  : subject.scope().unit(parent).name(),
              parts.trend(self),
              parts.bridge(self),
              seats));
    }
    return pages;
  }

  /** What the pack read: the newest plan versions of its units, and the blueprints it names. */
  Lineage lineage(PackSubject subject, SubtreeFigures figures, Set<String> filter) {
    List<Quarter> quarters = figures.quarters();
    List<PackLineage.PlanVersion> versions = new ArrayList<>();
    int approved = 0;
    for (HeadcountPlan plan :
        plans.newest(
            figures.scenario(), filter, quarters.get(0), quarters.get(quarters.size() - 1))) {
      OrgUnit unit = subject.scope().unit(plan.unitCode());
      versions.add(
          new PackLineage.PlanVersion(
              plan.unitCode(),
              unit == null ? plan.unitCode() : unit.name(),
              plan.period().toString(),
              plan.version(),
              plan.status()));
      if (plan.status() == PlanStatus.APPROVED) {
        approved++;
      }
    }
    versions.sort(
        Comparator.comparing(PackLineage.PlanVersion::unitName)
            .thenComparing(PackLineage.PlanVersion::unitCode)
            .thenComparing(PackLineage.PlanVersion::quarter));
    Set<Long> used = new LinkedHashSet<>();
    for (Quarter quarter : quarters) {
      for (String root : subject.roots()) {
        figures.seatFigures(root, quarter).keySet().forEach(seat -> used.add(seat.blueprintId()));
      }
    }
    List<PackLineage.Revision> revisions = new ArrayList<>();
    for (long id : used) {
      blueprints
          .find(id)
          .ifPresent(
              blueprint -> {
                BlueprintRevision latest = blueprint.latestRevision();
                revisions.add(
                    new PackLineage.Revision(latest.title(), latest.number(), latest.status()));
              });
    }
    revisions.sort(Comparator.comparing(PackLineage.Revision::title));
    return new Lineage(new PackLineage(versions, revisions), approved, versions.size() - approved);
  }

  /** The lineage, with its plan versions counted by whether they are approved. */
  record Lineage(PackLineage pack, int approved, int other) {}
}
