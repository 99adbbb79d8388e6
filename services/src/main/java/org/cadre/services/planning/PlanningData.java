package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.planning.Actuals;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.Incumbent;
import org.cadre.domain.planning.OpenRequisitions;
import org.cadre.domain.planning.PlannedLine;
import org.cadre.domain.planning.PlanningRatesRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;

/**
 * Reads what planning figures are made of (plan lines, people in post, open requisitions, cost
 * rates, blueprint names) in a few queries for a set of units, and computes each quarter's figures.
 * Needs a transaction.
 */
@ApplicationScoped
public class PlanningData {

  private HeadcountPlanRepository plans;
  private EmployeeRepository employees;
  private OpenRequisitions requisitions;
  private PlanningRatesRepository rates;
  private RoleBlueprintRepository blueprints;

  protected PlanningData() {
    // for CDI
  }

  @Inject
  public PlanningData(
      HeadcountPlanRepository plans,
      EmployeeRepository employees,
      OpenRequisitions requisitions,
      PlanningRatesRepository rates,
      RoleBlueprintRepository blueprints) {
    this.plans = plans;
    this.employees = employees;
    this.requisitions = requisitions;
    this.rates = rates;
    this.blueprints = blueprints;
  }

  public LocalDate today() {
    return LocalDate.now();
  }

  public CostTable costs() {
    return new CostTable(rates.costRates());
  }

  /**
   * The blueprints with a published revision by id, under its title and level, for labels: plans
   * name published blueprints, and only HR may ever see what a draft says.
   */
  public Map<Long, BlueprintName> blueprintNames() {
    return PlanLines.byId(blueprints.published());
  }

  /**
   * Figures of the units (each on its own) for each quarter from the newest plan versions of the
   * scenario.
   *
   * @param unitCodes null for every unit
   */
  public Map<Quarter, QuarterFigures> figures(
      String scenario, Collection<String> unitCodes, List<Quarter> quarters) {
    List<PlannedLine> lines =
        plans.newestLines(scenario, unitCodes, quarters.get(0), quarters.get(quarters.size() - 1));
    return figures(lines, unitCodes, quarters);
  }

  /** Figures of the given plan lines against the people in post, for each quarter. */
  public Map<Quarter, QuarterFigures> figures(
      List<PlannedLine> lines, Collection<String> unitCodes, List<Quarter> quarters) {
    List<Incumbent> incumbents = employees.incumbents(unitCodes);
    CostTable costs = costs();
    LocalDate today = today();
    Map<Quarter, QuarterFigures> figures = new java.util.LinkedHashMap<>();
    for (Quarter quarter : quarters) {
      figures.put(
          quarter,
          QuarterFigures.of(
              quarter,
              lines,
              Actuals.of(incumbents, quarter, today),
              requisitions.openFte(unitCodes, quarter, today),
              costs));
    }
    return figures;
  }
}
