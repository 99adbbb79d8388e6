package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.LineChange;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.Scenario;
import org.cadre.domain.planning.ScenarioRepository;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Scenarios: a named copy of the baseline plans of a subtree for a range of quarters, edited as
 * plans are, compared with the baseline, and promoted to it. Promotion makes the scenario's lines
 * new baseline drafts, which are approved as any plan is; approved versions stay in force until
 * then.
 */
@ApplicationScoped
@UseCase
public class ScenarioService {

  private static final String SUBJECT = "plan-scenario";

  private ScenarioRepository scenarios;
  private HeadcountPlanRepository plans;
  private OrgScopes scopes;
  private PlanningTerms terms;
  private PlanningData data;
  private AuditTrail audit;

  protected ScenarioService() {
    // for CDI
  }

  @Inject
  public ScenarioService(
      ScenarioRepository scenarios,
      HeadcountPlanRepository plans,
      OrgScopes scopes,
      PlanningTerms terms,
      PlanningData data,
      AuditTrail audit) {
    this.scenarios = scenarios;
    this.plans = plans;
    this.scopes = scopes;
    this.terms = terms;
    this.data = data;
    this.audit = audit;
  }

  /** The scenarios of units the caller sees, by name. */
  public List<ScenarioView> list(Caller caller) {
    OrgScope scope = scopes.of(caller);
    return scenarios.all().stream()
        .filter(s -> scope.isVisible(s.unitCode()))
        .map(s -> view(s, count(s)))
        .toList();
  }

  /**
   * Copies the newest baseline plans of the unit's subtree for the quarters into a new scenario.
   */
  public ScenarioView create(Caller caller, String name, String unitCode, String from, String to) {
    OrgScope scope = scopes.of(caller);
    requirePlanner(caller);
    String wanted = name == null ? null : name.strip();
    Scenario.nameProblem(wanted)
        .ifPresent(
            reason -> {
              throw InvalidInputException.of("name", name, reason);
            });
    scope.requireParameter("orgUnit", unitCode);
    List<Quarter> quarters = terms.range(from, to);
    if (scenarios.find(wanted).isPresent()) {
      throw new ConflictException("There is a scenario named " + wanted + " already.");
    }
    Instant now = Instant.now();
    Scenario scenario =
        new Scenario(
            wanted,
            unitCode,
            quarters.get(0),
            quarters.get(quarters.size() - 1),
            caller.username(),
            now);
    scenarios.add(scenario);
    int copied = 0;
    for (HeadcountPlan baseline :
        plans.newest(
            Scenarios.BASELINE,
            scope.tree().subtree(unitCode),
            scenario.first(),
            scenario.last())) {
      plans.add(baseline.copyTo(wanted, caller.username(), now));
      copied++;
    }
    plans.flush();
    audit.record(
        caller,
        "scenario.created",
        SUBJECT,
        wanted,
        "Copied "
            + copied
            + " baseline plans of "
            + unitCode
            + " and the units below it for "
            + scenario.first()
            + " to "
            + scenario.last()
            + ".");
    return view(scenario, copied);
  }

  /** Every seat of the subtree whose planned FTE or cost differs between scenario and baseline. */
  public ScenarioComparison compare(
      Caller caller, String name, String unitCode, String from, String to) {
    OrgScope scope = scopes.of(caller);
    Scenario scenario = find(name);
    String unit = unitCode == null || unitCode.isBlank() ? scenario.unitCode() : unitCode;
    scope.requireParameter("orgUnit", unit);
    List<Quarter> quarters =
        terms.range(
            from == null || from.isBlank() ? scenario.first().toString() : from,
            to == null || to.isBlank() ? scenario.last().toString() : to);
    Set<String> units = scope.tree().subtree(unit);
    Map<Quarter, QuarterFigures> baseline = data.figures(Scenarios.BASELINE, units, quarters);
    Map<Quarter, QuarterFigures> other = data.figures(scenario.name(), units, quarters);
    Map<Long, BlueprintName> names = data.blueprintNames();
    List<ScenarioDelta> deltas = new ArrayList<>();
    BigDecimal deltaFte = BigDecimal.ZERO;
    BigDecimal deltaCost = BigDecimal.ZERO;
    for (Quarter quarter : quarters) {
      for (String code : units) {
        Map<SeatKey, SeatFigures> before = baseline.get(quarter).seats(code);
        Map<SeatKey, SeatFigures> after = other.get(quarter).seats(code);
        Set<SeatKey> seats = new LinkedHashSet<>(before.keySet());
        seats.addAll(after.keySet());
        for (SeatKey seat : seats) {
          SeatFigures b = before.getOrDefault(seat, SeatFigures.NONE);
          SeatFigures a = after.getOrDefault(seat, SeatFigures.NONE);
          BigDecimal fte = a.plannedFte().subtract(b.plannedFte());
          BigDecimal cost = a.annualCost().subtract(b.annualCost());
          if (fte.signum() == 0 && cost.signum() == 0) {
            continue;
          }
          deltas.add(
              new ScenarioDelta(
                  quarter.toString(),
                  code,
                  scope.unit(code).name(),
                  seat.blueprintId(),
                  PlanLines.title(names, seat.blueprintId()),
                  seat.level() == null ? null : seat.level().label(),
                  b.plannedFte(),
                  a.plannedFte(),
                  fte,
                  b.annualCost(),
                  a.annualCost(),
                  cost));
          deltaFte = deltaFte.add(fte);
          deltaCost = deltaCost.add(cost);
        }
      }
    }
    deltas.sort(
        Comparator.comparing(ScenarioDelta::period)
            .thenComparing(ScenarioDelta::orgUnit)
            .thenComparing(ScenarioDelta::blueprintTitle));
    return new ScenarioComparison(
        scenario.name(),
        unit,
        quarters.get(0).toString(),
        quarters.get(quarters.size() - 1).toString(),
        deltas,
        deltaFte,
        deltaCost);
  }

  /**
   * Makes the scenario's plans the baseline's newest drafts: a draft or rejected baseline plan
   * takes the scenario's lines, an approved one gets a new draft version with them, a unit without
   * a baseline plan gets one. Refused, with nothing changed, when a baseline plan is awaiting a
   * decision or a unit is out of the caller's scope.
   */
  public ScenarioView promote(Caller caller, String name) {
    OrgScope scope = scopes.of(caller);
    requirePlanner(caller);
    Scenario scenario = find(name);
    if (scenario.promotedAt().isPresent()) {
      throw new ConflictException(
          "Scenario "
              + scenario.name()
              + " was promoted already, on "
              + scenario.promotedAt().get()
              + ".");
    }
    List<HeadcountPlan> proposed =
        plans.newest(scenario.name(), null, scenario.first(), scenario.last());
    List<String> refusals = new ArrayList<>();
    for (HeadcountPlan plan : proposed) {
      if (!PlanRights.mayEdit(caller, scope, plan.unitCode())) {
        refusals.add(plan.unitCode() + " is outside the units you plan");
        continue;
      }
      plans
          .newest(plan.unitCode(), plan.period(), Scenarios.BASELINE)
          .filter(b -> b.status() == PlanStatus.SUBMITTED)
          .ifPresent(b -> refusals.add("the baseline " + b.describe() + " awaits a decision"));
    }
    if (!refusals.isEmpty()) {
      throw new ConflictException(
          "Scenario "
              + scenario.name()
              + " was not promoted, and nothing changed: "
              + String.join("; ", refusals)
              + ".");
    }
    Instant now = Instant.now();
    Map<Long, BlueprintName> names = data.blueprintNames();
    for (HeadcountPlan plan : proposed) {
      Optional<HeadcountPlan> current =
          plans.newest(plan.unitCode(), plan.period(), Scenarios.BASELINE);
      HeadcountPlan target;
      if (current.isEmpty()) {
        target =
            HeadcountPlan.start(
                plan.unitCode(), plan.period(), Scenarios.BASELINE, caller.username(), now);
        plans.add(target);
      } else if (current.get().status() == PlanStatus.APPROVED) {
        target = current.get().nextVersion(caller.username(), now);
        plans.add(target);
      } else {
        target = current.get();
      }
      List<LineChange> changes = target.replaceLines(plan.lines(), caller.username(), now);
      plans.flush();
      audit.record(
          caller,
          PlanEvent.PROMOTED.action(),
          PlanEvent.SUBJECT,
          target.id().toString(),
          "From scenario "
              + scenario.name()
              + (changes.isEmpty()
                  ? ", without changes."
                  : ": " + PlanLines.describe(changes, names)));
    }
    scenario.promoted(caller.username(), now);
    audit.record(
        caller,
        "scenario.promoted",
        SUBJECT,
        scenario.name(),
        proposed.size() + " plans became baseline drafts.");
    return view(scenario, proposed.size());
  }

  private static void requirePlanner(Caller caller) {
    if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
      throw new AccessDeniedException(
          "Scenarios are made and promoted by those who plan: managers, HR and administrators.");
    }
  }

  private Scenario find(String name) {
    return scenarios
        .find(name == null ? "" : name.strip())
        .orElseThrow(() -> new NotFoundException("There is no scenario " + name + "."));
  }

  private int count(Scenario scenario) {
    return plans.newest(scenario.name(), null, scenario.first(), scenario.last()).size();
  }

  private static ScenarioView view(Scenario scenario, int plans) {
    return new ScenarioView(
        scenario.name(),
        scenario.unitCode(),
        scenario.first().toString(),
        scenario.last().toString(),
        scenario.createdBy(),
        scenario.createdAt(),
        plans,
        scenario.promotedBy().orElse(null),
        scenario.promotedAt().orElse(null));
  }
}
