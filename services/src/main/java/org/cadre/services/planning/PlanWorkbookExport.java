package org.cadre.services.planning;

import static org.cadre.services.planning.PlanWorkbookRows.planKey;
import static org.cadre.services.planning.PlanWorkbookRows.rate;
import static org.cadre.services.planning.PlanWorkbookRows.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.reports.planning.PlanWorkbook;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Headcount plans exported to Excel: the workbook of a unit subtree over a range of quarters, one
 * row per seat with its planned FTE (the one input), actual and open FTE, cost per FTE and the gap
 * and cost as formulas, and in hidden cells the seat's key and each plan's revision, which {@link
 * PlanWorkbookImport} reads back.
 */
@ApplicationScoped
@UseCase
public class PlanWorkbookExport {

  private HeadcountPlanRepository plans;
  private OrgScopes scopes;
  private PlanningData data;
  private PlanningTerms terms;

  protected PlanWorkbookExport() {
    // for CDI
  }

  @Inject
  public PlanWorkbookExport(
      HeadcountPlanRepository plans, OrgScopes scopes, PlanningData data, PlanningTerms terms) {
    this.plans = plans;
    this.scopes = scopes;
    this.data = data;
    this.terms = terms;
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
    Map<String, HeadcountPlan> newest = PlanWorkbookRows.newest(plans, name, units, quarters);
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

  private static String label(Map<Long, BlueprintName> names, SeatKey seat) {
    return PlanLines.label(names.get(seat.blueprintId()), seat.level()).toLowerCase(Locale.ROOT);
  }
}
