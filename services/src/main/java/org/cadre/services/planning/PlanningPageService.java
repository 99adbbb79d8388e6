package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * The planning page's one read: a unit's plans by quarter, the roll-up of its subtree, the selected
 * plan's history, a scenario's comparison with the baseline and the menus' choices, in one
 * transaction, so that what the page shows is one consistent state.
 */
@ApplicationScoped
@UseCase
public class PlanningPageService {

  /** Quarters shown when the address names no last one: the first and the three after it. */
  static final int DEFAULT_QUARTERS = 4;

  private OrgScopes scopes;
  private PlanningTerms terms;
  private PlanningData data;
  private PlanViews views;
  private HeadcountService headcount;
  private ScenarioService scenarios;

  protected PlanningPageService() {
    // for CDI
  }

  @Inject
  public PlanningPageService(
      OrgScopes scopes,
      PlanningTerms terms,
      PlanningData data,
      PlanViews views,
      HeadcountService headcount,
      ScenarioService scenarios) {
    this.scopes = scopes;
    this.terms = terms;
    this.data = data;
    this.views = views;
    this.headcount = headcount;
    this.scenarios = scenarios;
  }

  /**
   * The page for what the address asks, its missing parts filled in (see {@link
   * PlanningPageQuery}); a unit the caller may not see is refused (403), an unknown one is not
   * found (404), and a malformed quarter or an unknown scenario is bad input.
   */
  public PlanningPageView page(Caller caller, PlanningPageQuery query) {
    OrgScope scope = scopes.of(caller);
    List<UnitOptionView> units = options(scope);
    if (units.isEmpty()) {
      return PlanningPageView.noUnits();
    }
    String unit = given(query.unit()) ? query.unit() : units.get(0).code();
    scope.require(unit);
    Quarter current = Quarter.containing(data.today());
    String from = given(query.from()) ? query.from() : current.toString();
    String to = given(query.to()) ? query.to() : last(Quarter.parse(from).orElse(current));
    String scenario = terms.scenario(query.scenario());
    List<Quarter> quarters = terms.range(from, to);
    Quarter selected =
        quarters.stream()
            .filter(q -> q.toString().equals(query.period()))
            .findFirst()
            .orElse(quarters.get(0));
    HeadcountView rollUp = headcount.rollUp(caller, unit, from, to, scenario);
    List<PlanView> plans = views.newest(caller, scope, unit, quarters, scenario);
    boolean planned = plans.get(quarters.indexOf(selected)).id() != null;
    return new PlanningPageView(
        units,
        scenarios.list(caller),
        unit,
        scenario,
        from,
        to,
        selected.toString(),
        rollUp,
        plans,
        planned ? views.history(unit, selected, scenario) : List.of(),
        Scenarios.BASELINE.equals(scenario)
            ? null
            : scenarios.compare(caller, scenario, unit, null, null));
  }

  private static boolean given(String part) {
    return part != null && !part.isBlank();
  }

  private static String last(Quarter first) {
    Quarter last = first;
    for (int i = 1; i < DEFAULT_QUARTERS; i++) {
      last = last.next();
    }
    return last.toString();
  }

  /** The units the caller sees for the menu, each parent before its children. */
  private static List<UnitOptionView> options(OrgScope scope) {
    List<UnitOptionView> options = new ArrayList<>();
    scope
        .visibleTree()
        .forEach(
            (code, depth) -> options.add(new UnitOptionView(code, scope.unit(code).name(), depth)));
    return options;
  }
}
