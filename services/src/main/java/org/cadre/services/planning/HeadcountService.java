package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanState;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.PlanningRatesRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.RollUp;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Headcount rolled up the org tree: a unit's subtree by quarter, blueprint and unit, and the
 * leadership overview of every unit the caller sees for one quarter.
 */
@ApplicationScoped
@UseCase
public class HeadcountService {

  private OrgScopes scopes;
  private PlanningData data;
  private PlanningTerms terms;
  private HeadcountPlanRepository plans;
  private PlanningRatesRepository rates;

  protected HeadcountService() {
    // for CDI
  }

  @Inject
  public HeadcountService(
      OrgScopes scopes,
      PlanningData data,
      PlanningTerms terms,
      HeadcountPlanRepository plans,
      PlanningRatesRepository rates) {
    this.scopes = scopes;
    this.data = data;
    this.terms = terms;
    this.plans = plans;
    this.rates = rates;
  }

  /** The unit's subtree for each quarter: totals, seats, and the unit with its children. */
  public HeadcountView rollUp(
      Caller caller, String unitCode, String from, String to, String scenario) {
    OrgScope scope = scopes.of(caller);
    OrgUnit unit = scope.require(unitCode);
    List<Quarter> quarters = terms.range(from, to);
    String name = terms.scenario(scenario);
    SubtreeFigures figures =
        subtree(
            scope,
            scope.tree().subtree(unitCode),
            quarters,
            name,
            unitWithChildren(scope, unitCode));
    List<QuarterHeadcountView> views = new ArrayList<>();
    for (Quarter quarter : quarters) {
      List<UnitHeadcountView> units = new ArrayList<>();
      units.add(unitView(scope, unitCode, figures, quarter));
      for (String child : scope.tree().children(unitCode)) {
        units.add(unitView(scope, child, figures, quarter));
      }
      views.add(
          new QuarterHeadcountView(
              quarter.toString(),
              figures.totals(unitCode, quarter),
              figures.seats(unitCode, quarter),
              units));
    }
    return new HeadcountView(unitCode, unit.name(), name, views);
  }

  /**
   * The figures of the units (each with the units below it) for the quarters, read at once, with
   * the states of the plans of some of them. Needs a transaction; the caller checked the scope.
   *
   * @param units the units whose figures to read: whole subtrees
   * @param planStatesOf the units whose own plans' states to read; null for every unit
   */
  public SubtreeFigures subtree(
      OrgScope scope,
      Set<String> units,
      List<Quarter> quarters,
      String scenario,
      Set<String> planStatesOf) {
    Map<Quarter, QuarterFigures> figures = data.figures(scenario, filter(scope, units), quarters);
    Map<Quarter, RollUp> rollUps = new java.util.LinkedHashMap<>();
    Map<Quarter, Map<String, PlanState>> states = new java.util.LinkedHashMap<>();
    for (Quarter quarter : quarters) {
      rollUps.put(quarter, new RollUp(scope.tree(), figures.get(quarter), rates.budgets(quarter)));
      states.put(quarter, plans.newestStates(scenario, planStatesOf, quarter));
    }
    return new SubtreeFigures(scenario, quarters, figures, rollUps, states, data.blueprintNames());
  }

  /**
   * Every unit the caller sees, each parent before its children, with its plan's status for the
   * quarter and the totals of its subtree.
   */
  public List<UnitHeadcountView> overview(Caller caller, String period, String scenario) {
    OrgScope scope = scopes.of(caller);
    Quarter quarter = terms.quarter("period", period);
    String name = terms.scenario(scenario);
    Map<Quarter, QuarterFigures> figures = data.figures(name, scope.filter(), List.of(quarter));
    RollUp rollUp = new RollUp(scope.tree(), figures.get(quarter), rates.budgets(quarter));
    Map<String, PlanState> own = plans.newestStates(name, scope.filter(), quarter);
    List<UnitHeadcountView> views = new ArrayList<>();
    for (String code : scope.visibleTree().keySet()) {
      views.add(unitView(scope, code, rollUp, own.get(code)));
    }
    return views;
  }

  private static Set<String> unitWithChildren(OrgScope scope, String unitCode) {
    Set<String> units = new java.util.LinkedHashSet<>(scope.tree().children(unitCode));
    units.add(unitCode);
    return units;
  }

  /** The units to read: null (every unit) when they are all of them, which reads faster. */
  private static Set<String> filter(OrgScope scope, Set<String> units) {
    return units.size() == scope.units().size() ? null : units;
  }

  private static UnitHeadcountView unitView(
      OrgScope scope, String code, SubtreeFigures figures, Quarter quarter) {
    return unitView(scope, code, figures.totals(code, quarter), figures.plan(code, quarter));
  }

  private static UnitHeadcountView unitView(
      OrgScope scope, String code, RollUp rollUp, PlanState plan) {
    return unitView(scope, code, totals(rollUp, code), plan);
  }

  private static UnitHeadcountView unitView(
      OrgScope scope, String code, PlanTotals totals, PlanState plan) {
    OrgUnit unit = scope.unit(code);
    PlanStatus status = plan == null ? null : plan.status();
    return new UnitHeadcountView(
        code,
        unit.name(),
        unit.kind().label(),
        unit.parentCode(),
        scope.depth(code),
        !scope.tree().children(code).isEmpty(),
        plan == null ? null : plan.planId(),
        status == null ? "NONE" : status.name(),
        status == null ? "No plan" : status.label(),
        totals);
  }

  private static PlanTotals totals(RollUp rollUp, String code) {
    return PlanTotals.of(rollUp.total(code), rollUp.budget(code).orElse(null));
  }

  static List<SeatView> seats(Map<SeatKey, SeatFigures> seats, Map<Long, BlueprintName> names) {
    return seats.entrySet().stream()
        .map(
            e -> {
              SeatKey seat = e.getKey();
              SeatFigures f = e.getValue();
              return new SeatView(
                  seat.blueprintId(),
                  PlanLines.title(names, seat.blueprintId()),
                  seat.level() == null ? null : seat.level().name(),
                  seat.level() == null ? null : seat.level().label(),
                  f.plannedFte(),
                  f.actualFte(),
                  f.openFte(),
                  f.gap(),
                  f.annualCost());
            })
        .sorted(
            Comparator.comparing(SeatView::blueprintTitle)
                .thenComparing(v -> v.level() == null ? "" : v.level()))
        .toList();
  }
}
