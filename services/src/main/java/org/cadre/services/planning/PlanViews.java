package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanAction;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.PlannedLine;
import org.cadre.domain.planning.PlanningRatesRepository;
import org.cadre.domain.planning.PositionRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.RollUp;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.people.OrgScope;

/**
 * Plans as callers read them: each line with its figures against the people in post, the plan's
 * totals against the budget, the version in force and what the caller may do with it; and a plan's
 * history. Several quarters of one unit are read together, in one set of queries. Needs a
 * transaction.
 */
@ApplicationScoped
public class PlanViews {

  private HeadcountPlanRepository plans;
  private PositionRepository positions;
  private PlanningRatesRepository rates;
  private PlanningData data;
  private AuditLog log;

  protected PlanViews() {
    // for CDI
  }

  @Inject
  public PlanViews(
      HeadcountPlanRepository plans,
      PositionRepository positions,
      PlanningRatesRepository rates,
      PlanningData data,
      AuditLog log) {
    this.plans = plans;
    this.positions = positions;
    this.rates = rates;
    this.data = data;
    this.log = log;
  }

  /** The plan version with its figures. */
  public PlanView of(Caller caller, OrgScope scope, HeadcountPlan plan) {
    return views(
            caller,
            scope,
            plan.unitCode(),
            List.of(plan.period()),
            plan.scenario(),
            Map.of(plan.period(), plan))
        .get(0);
  }

  /**
   * The newest version of the unit's plan for each quarter, or an empty one (id null) showing who
   * is in post where the unit has none.
   */
  public List<PlanView> newest(
      Caller caller, OrgScope scope, String unitCode, List<Quarter> quarters, String scenario) {
    Map<Quarter, HeadcountPlan> found = new LinkedHashMap<>();
    for (HeadcountPlan plan :
        plans.newest(
            scenario, Set.of(unitCode), quarters.get(0), quarters.get(quarters.size() - 1))) {
      found.put(plan.period(), plan);
    }
    return views(caller, scope, unitCode, quarters, scenario, found);
  }

  /** What happened to every version of the unit's plan for the quarter, newest first. */
  public List<PlanEventView> history(String unitCode, Quarter period, String scenario) {
    List<PlanEventView> events = new ArrayList<>();
    for (HeadcountPlan version : plans.versions(unitCode, period, scenario)) {
      for (AuditEvent event : log.about(PlanEvent.SUBJECT, version.id().toString(), 1000)) {
        events.add(
            new PlanEventView(
                event.occurredAt(),
                event.actor(),
                PlanEvent.label(event.action()),
                version.version(),
                event.details()));
      }
    }
    events.sort(Comparator.comparing(PlanEventView::at).reversed());
    return events;
  }

  /** Positions a line holds: whole seats, a part-time remainder counting as one. */
  static int seats(BigDecimal plannedFte) {
    return plannedFte.setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /** What every quarter's view reads once: names, rates and the seats' positions. */
  private record Reads(
      Map<Long, BlueprintName> names, CostTable costs, Map<SeatKey, List<Long>> positionIds) {}

  private List<PlanView> views(
      Caller caller,
      OrgScope scope,
      String unitCode,
      List<Quarter> quarters,
      String scenario,
      Map<Quarter, HeadcountPlan> shown) {
    List<PlannedLine> planned = new ArrayList<>();
    Set<SeatKey> seats = new LinkedHashSet<>();
    shown.forEach(
        (quarter, plan) -> {
          for (PlanLineRecord line : plan.lines()) {
            planned.add(new PlannedLine(unitCode, quarter, line));
            seats.add(line.seat(unitCode));
          }
        });
    Map<Quarter, QuarterFigures> figures = data.figures(planned, Set.of(unitCode), quarters);
    Reads reads = new Reads(data.blueprintNames(), data.costs(), positions.of(seats));
    List<PlanView> views = new ArrayList<>();
    for (Quarter quarter : quarters) {
      views.add(
          view(
              caller,
              scope,
              shown.get(quarter),
              unitCode,
              quarter,
              scenario,
              figures.get(quarter),
              reads));
    }
    return views;
  }

  /** The plan (null for none yet) with its figures: its own lines against who is in post. */
  private PlanView view(
      Caller caller,
      OrgScope scope,
      HeadcountPlan plan,
      String unitCode,
      Quarter quarter,
      String scenario,
      QuarterFigures figures,
      Reads reads) {
    List<PlanLineRecord> lines = plan == null ? List.of() : plan.lines();
    List<PlanLineView> views = new ArrayList<>();
    Map<SeatKey, SeatFigures> seats = new LinkedHashMap<>(figures.seats(unitCode));
    for (PlanLineRecord line : lines) {
      SeatKey seat = line.seat(unitCode);
      List<Long> ids = reads.positionIds().getOrDefault(seat, List.of());
      views.add(
          lineView(
              seat,
              seats.remove(seat),
              line,
              ids.subList(0, Math.min(ids.size(), seats(line.plannedFte()))),
              reads));
    }
    Map<Long, BlueprintName> names = reads.names();
    seats.entrySet().stream()
        .sorted(
            Comparator.comparing(
                e -> PlanLines.label(names.get(e.getKey().blueprintId()), e.getKey().level())))
        .forEach(e -> views.add(lineView(e.getKey(), e.getValue(), null, List.of(), reads)));
    RollUp rollUp = new RollUp(scope.tree(), figures, rates.budgets(quarter));
    PlanTotals totals =
        PlanTotals.of(figures.total(unitCode), rollUp.budget(unitCode).orElse(null));
    String unitName = scope.unit(unitCode).name();
    boolean mayEdit = PlanRights.mayEdit(caller, scope, unitCode);
    if (plan == null) {
      return new PlanView(
          null,
          unitCode,
          unitName,
          quarter.toString(),
          scenario,
          "NONE",
          "No plan yet",
          0,
          0,
          true,
          null,
          null,
          null,
          null,
          null,
          null,
          views,
          totals,
          mayEdit,
          false,
          false);
    }
    return new PlanView(
        plan.id(),
        unitCode,
        unitName,
        quarter.toString(),
        scenario,
        plan.status().name(),
        plan.status().label(),
        plan.version(),
        plan.revision(),
        plan.newest(),
        inForce(plan),
        plan.updatedBy(),
        plan.updatedAt(),
        plan.decidedBy().orElse(null),
        plan.decidedAt().orElse(null),
        plan.decisionComment().orElse(null),
        views,
        totals,
        mayEdit && plan.whyNot(PlanAction.EDIT).isEmpty(),
        mayEdit && plan.whyNot(PlanAction.SUBMIT).isEmpty(),
        PlanRights.mayDecide(caller, scope, unitCode) && plan.whyNot(PlanAction.APPROVE).isEmpty());
  }

  /**
   * The approved version in force when it is not the one shown; a first version that is the newest
   * has no other, so only then are the versions not read.
   */
  private Integer inForce(HeadcountPlan shown) {
    if (shown.status() == PlanStatus.APPROVED || (shown.version() == 1 && shown.newest())) {
      return null;
    }
    return plans.versions(shown.unitCode(), shown.period(), shown.scenario()).stream()
        .filter(v -> v.status() == PlanStatus.APPROVED)
        .map(HeadcountPlan::version)
        .findFirst()
        .orElse(null);
  }

  private static PlanLineView lineView(
      SeatKey seat, SeatFigures figures, PlanLineRecord line, List<Long> positionIds, Reads reads) {
    SeatFigures f = figures == null ? SeatFigures.NONE : figures;
    CostTable costs = reads.costs();
    Optional<BigDecimal> rate =
        line == null ? costs.rate(seat.blueprintId(), seat.level()) : costs.rateFor(line);
    return new PlanLineView(
        positionIds,
        seat.blueprintId(),
        PlanLines.title(reads.names(), seat.blueprintId()),
        seat.level() == null ? null : seat.level().name(),
        seat.level() == null ? null : seat.level().label(),
        f.plannedFte(),
        f.actualFte(),
        f.openFte(),
        f.gap(),
        f.annualCost(),
        rate.orElse(null),
        line == null || line.costPerFte() == null,
        line == null ? null : line.justification(),
        line != null);
  }
}
