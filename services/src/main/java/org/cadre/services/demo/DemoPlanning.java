package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.planning.Actuals;
import org.cadre.domain.planning.Incumbent;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.PlanningRatesService;
import org.cadre.services.planning.PlanningService;
import org.cadre.services.planning.ScenarioService;

/**
 * Demo headcount plans: HR's cost table (from the demo library), baseline plans for every team for
 * the current and next three quarters (the current approved; later ones submitted, approved or
 * drafts), division budgets, and a growth scenario for the demo manager's department. Plans are
 * made through the planning services as the demo users, so their histories read as people made
 * them.
 */
@ApplicationScoped
class DemoPlanning implements DemoStep {

  static final String SCENARIO = "platform-growth";

  private static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));
  private static final Caller LEADER = new Caller("leader", EnumSet.of(Role.LEADERSHIP));
  private static final Caller MANAGER = new Caller(DemoUsers.MANAGER, EnumSet.of(Role.MANAGER));

  private PlanningService planning;
  private ScenarioService scenarios;
  private PlanningRatesService rates;
  private OrgUnitRepository units;
  private EmployeeRepository employees;
  private RoleBlueprintRepository blueprints;

  protected DemoPlanning() {
    // for CDI
  }

  @Inject
  DemoPlanning(
      PlanningService planning,
      ScenarioService scenarios,
      PlanningRatesService rates,
      OrgUnitRepository units,
      EmployeeRepository employees,
      RoleBlueprintRepository blueprints) {
    this.planning = planning;
    this.scenarios = scenarios;
    this.rates = rates;
    this.units = units;
    this.employees = employees;
    this.blueprints = blueprints;
  }

  @Override
  public String name() {
    return "headcount plans";
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public void apply(Caller caller) {
    setCostRates();
    List<OrgUnit> all = units.all();
    Map<String, String> parents = new LinkedHashMap<>();
    all.forEach(u -> parents.put(u.code(), u.parentCode()));
    OrgTree tree = new OrgTree(parents);
    Quarter current = Quarter.containing(LocalDate.now());
    List<Quarter> quarters = Quarter.range(current, current.next().next().next());
    Random random = new Random(2027);
    Map<String, BigDecimal> costs = new LinkedHashMap<>();
    for (OrgUnit team : all) {
      if (team.kind() != OrgUnitKind.TEAM) {
        continue;
      }
      boolean managed = tree.subtree(DemoOrganisation.MANAGER_UNIT).contains(team.code());
      Caller planner = managed ? MANAGER : HR;
      List<Incumbent> people = employees.incumbents(Set.of(team.code()));
      for (int i = 0; i < quarters.size(); i++) {
        Quarter quarter = quarters.get(i);
        Map<SeatKey, BigDecimal> actual = Actuals.of(people, quarter, LocalDate.now());
        List<PlanLineInput> lines = new ArrayList<>();
        for (Map.Entry<SeatKey, BigDecimal> seat : actual.entrySet()) {
          BigDecimal planned = seat.getValue().setScale(0, RoundingMode.CEILING);
          boolean growth = i > 0 && random.nextInt(3) == 0;
          if (growth) {
            planned = planned.add(BigDecimal.ONE);
          }
          lines.add(
              new PlanLineInput(
                  seat.getKey().blueprintId(),
                  seat.getKey().level() == null ? null : seat.getKey().level().name(),
                  planned,
                  null,
                  growth ? "One more seat from " + quarter + " as the team grows" : null));
        }
        PlanView plan = planning.start(planner, team.code(), quarter.toString(), null);
        plan = planning.saveLines(planner, plan.id(), plan.revision(), lines);
        costs.merge(division(parents, team.code()), plan.totals().annualCost(), BigDecimal::add);
        decide(planner, plan, i, random);
      }
    }
    costs.forEach(
        (division, cost) -> {
          for (Quarter quarter : quarters) {
            BigDecimal quarterly =
                cost.divide(BigDecimal.valueOf(quarters.size()), 2, RoundingMode.HALF_UP);
            rates.setBudget(
                LEADER,
                division,
                quarter.toString(),
                quarterly.multiply(new BigDecimal("1.05")).setScale(-3, RoundingMode.HALF_UP));
          }
        });
    scenarios.create(
        MANAGER,
        SCENARIO,
        DemoOrganisation.MANAGER_UNIT,
        quarters.get(1).toString(),
        quarters.get(3).toString());
  }

  /** HR's cost table: each demo blueprint at its level costs what the demo library says. */
  private void setCostRates() {
    Map<String, BigDecimal> costs = new HashMap<>();
    DemoBlueprints.library().forEach(demo -> costs.put(demo.title(), demo.annualCost()));
    for (BlueprintName blueprint : blueprints.published()) {
      BigDecimal cost = costs.get(blueprint.title());
      if (cost != null) {
        rates.setCostRate(
            HR, blueprint.id(), blueprint.level() == null ? null : blueprint.level().name(), cost);
      }
    }
  }

  /**
   * The current quarter is approved; of later quarters, the next is mostly approved or awaiting a
   * decision, the one after half submitted, the last left as drafts.
   */
  private void decide(Caller planner, PlanView plan, int index, Random random) {
    boolean submit =
        switch (index) {
          case 0 -> true;
          case 1 -> random.nextInt(4) != 0;
          case 2 -> random.nextBoolean();
          default -> false;
        };
    if (!submit) {
      return;
    }
    PlanView submitted = planning.submit(planner, plan.id(), plan.revision());
    boolean approve = index == 0 || (index == 1 && random.nextBoolean());
    if (approve) {
      planning.approve(LEADER, submitted.id(), submitted.revision(), "Within budget.");
    }
  }

  private static String division(Map<String, String> parents, String code) {
    String top = code;
    while (parents.get(top) != null) {
      top = parents.get(top);
    }
    return top;
  }
}
