package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.planning.CostTable;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.LineChange;
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
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.common.TextRules;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Headcount plans: reading one with its numbers, changing its lines, and its workflow from draft to
 * approved. A manager plans the units they manage and those below them; the manager of a unit above
 * or leadership approves. Every change is audited with old and new values, and a change sent from
 * an outdated revision is refused with what changed since.
 */
@ApplicationScoped
@UseCase
public class PlanningService {

  private HeadcountPlanRepository plans;
  private PositionRepository positions;
  private PlanningRatesRepository rates;
  private RoleBlueprintRepository blueprints;
  private OrgScopes scopes;
  private PlanningData data;
  private PlanningTerms terms;
  private AuditTrail audit;
  private AuditLog log;
  private PlanConflicts conflicts;

  protected PlanningService() {
    // for CDI
  }

  @Inject
  public PlanningService(
      HeadcountPlanRepository plans,
      PositionRepository positions,
      PlanningRatesRepository rates,
      RoleBlueprintRepository blueprints,
      OrgScopes scopes,
      PlanningData data,
      PlanningTerms terms,
      AuditTrail audit,
      AuditLog log,
      PlanConflicts conflicts) {
    this.plans = plans;
    this.positions = positions;
    this.rates = rates;
    this.blueprints = blueprints;
    this.scopes = scopes;
    this.data = data;
    this.terms = terms;
    this.audit = audit;
    this.log = log;
    this.conflicts = conflicts;
  }

  /** The newest version of the unit's plan, or an empty one (id null) showing who is in post. */
  public PlanView plan(Caller caller, String unitCode, String period, String scenario) {
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    Quarter quarter = terms.quarter("period", period);
    String name = terms.scenario(scenario);
    return view(
        caller, scope, plans.newest(unitCode, quarter, name).orElse(null), unitCode, quarter, name);
  }

  public PlanView plan(Caller caller, long id) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    return view(caller, scope, plan);
  }

  /** Starts the unit's plan for the quarter as an empty draft; refused when it has one. */
  public PlanView start(Caller caller, String unitCode, String period, String scenario) {
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    requireEditor(caller, scope, unitCode);
    Quarter quarter = terms.quarter("period", period);
    String name = terms.scenario(scenario);
    Optional<HeadcountPlan> existing = plans.newest(unitCode, quarter, name);
    if (existing.isPresent()) {
      throw new ConflictException(
          "The " + existing.get().describe() + " exists already; change that one.");
    }
    HeadcountPlan plan =
        HeadcountPlan.start(unitCode, quarter, name, caller.username(), Instant.now());
    plans.add(plan);
    try {
      plans.flush();
    } catch (PersistenceException e) {
      throw new ConflictException(
          "Someone started the "
              + plan.describe()
              + " at the same moment; open theirs and change that one.");
    }
    record(caller, plan, PlanEvent.CREATED, "Started as an empty draft.");
    return view(caller, scope, plan);
  }

  /**
   * Replaces the plan's lines. An approved plan is not changed: a new draft version gets the lines,
   * and the approved one stays in force until that is approved.
   *
   * @param revision the revision the caller's change was made to
   * @return the changed version, which is a new one when the plan was approved
   */
  public PlanView saveLines(Caller caller, long id, long revision, List<PlanLineInput> lines) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    requireEditor(caller, scope, plan.unitCode());
    requireRevision(plan, revision);
    refuseUnless(plan, PlanAction.EDIT);
    Map<Long, BlueprintName> published = published();
    List<PlanLineRecord> wanted = PlanLines.check(lines, published);
    if (sameLines(plan.lines(), wanted)) {
      return view(caller, scope, plan);
    }
    Instant now = Instant.now();
    HeadcountPlan target = plan;
    if (plan.status() == PlanStatus.APPROVED) {
      target = plan.nextVersion(caller.username(), now);
      plans.add(target);
      flush(plan, revision);
      record(
          caller,
          plan,
          PlanEvent.VERSION_STARTED,
          "Version "
              + target.version()
              + " started as a draft; this approved version stays in force until that one is"
              + " approved.");
      record(
          caller,
          target,
          PlanEvent.CREATED,
          "Started from approved version " + plan.version() + ".");
    }
    long targetRevision = target.revision();
    List<LineChange> changes = target.replaceLines(wanted, caller.username(), now);
    flush(target, targetRevision);
    record(
        caller,
        target,
        PlanEvent.LINES_CHANGED,
        PlanLines.describe(changes, data.blueprintNames()));
    ensurePositions(target);
    return view(caller, scope, target);
  }

  /**
   * @param revision the revision the caller saw, or null not to check it
   */
  public PlanView submit(Caller caller, long id, Long revision) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    requireEditor(caller, scope, plan.unitCode());
    checkRevision(plan, revision);
    refuseUnless(plan, PlanAction.SUBMIT);
    long before = plan.revision();
    plan.submit(caller.username(), Instant.now());
    flush(plan, before);
    record(caller, plan, PlanEvent.SUBMITTED, "Submitted for approval.");
    return view(caller, scope, plan);
  }

  /** Approves a submitted plan; the version it replaces is superseded. */
  public PlanView approve(Caller caller, long id, Long revision, String comment) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    requireDecider(caller, scope, plan);
    checkRevision(plan, revision);
    refuseUnless(plan, PlanAction.APPROVE);
    TextRules.require("comment", comment);
    Instant now = Instant.now();
    for (HeadcountPlan version : plans.versions(plan.unitCode(), plan.period(), plan.scenario())) {
      if (version.status() == PlanStatus.APPROVED && !version.id().equals(plan.id())) {
        long versionRevision = version.revision();
        version.supersede(caller.username(), now);
        flush(version, versionRevision);
        record(
            caller,
            version,
            PlanEvent.SUPERSEDED,
            "Version " + plan.version() + " was approved and is now in force.");
      }
    }
    long before = plan.revision();
    plan.approve(caller.username(), now, comment);
    flush(plan, before);
    record(caller, plan, PlanEvent.APPROVED, withComment("Approved.", comment));
    return view(caller, scope, plan);
  }

  /** Rejects a submitted plan; the comment says why and is required. */
  public PlanView reject(Caller caller, long id, Long revision, String comment) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    requireDecider(caller, scope, plan);
    if (comment == null || comment.isBlank()) {
      throw InvalidInputException.of("comment", comment, "say why the plan is rejected");
    }
    if (comment.length() > HeadcountPlan.COMMENT_MAX) {
      throw InvalidInputException.of(
          "comment",
          comment.length() + " characters",
          "a comment takes at most " + HeadcountPlan.COMMENT_MAX + " characters");
    }
    TextRules.require("comment", comment);
    checkRevision(plan, revision);
    refuseUnless(plan, PlanAction.REJECT);
    long before = plan.revision();
    plan.reject(caller.username(), Instant.now(), comment);
    flush(plan, before);
    record(caller, plan, PlanEvent.REJECTED, withComment("Rejected.", comment));
    return view(caller, scope, plan);
  }

  /** What happened to every version of the plan, newest first. */
  public List<PlanEventView> history(Caller caller, long id) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    List<PlanEventView> events = new ArrayList<>();
    for (HeadcountPlan version : plans.versions(plan.unitCode(), plan.period(), plan.scenario())) {
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

  /** Whether the caller may change plans of the unit: a manager of it or above, HR or admin. */
  static boolean mayEdit(Caller caller, OrgScope scope, String unitCode) {
    return caller.hasAny(Role.HR, Role.ADMIN)
        || (caller.has(Role.MANAGER) && scope.isVisible(unitCode));
  }

  /** Whether the caller may approve or reject plans of the unit: leadership or a manager above. */
  static boolean mayDecide(Caller caller, OrgScope scope, String unitCode) {
    return caller.has(Role.LEADERSHIP)
        || (caller.has(Role.MANAGER) && scope.managesAbove(unitCode));
  }

  private static void requireEditor(Caller caller, OrgScope scope, String unitCode) {
    if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
      throw new AccessDeniedException(
          "Plans are changed by the managers of their units, HR and administrators; your roles"
              + " let you read them.");
    }
    if (!mayEdit(caller, scope, unitCode)) {
      throw new AccessDeniedException(
          "You may plan the units you manage and the units below them only; "
              + unitCode
              + " is not one of them.");
    }
  }

  private void requireDecider(Caller caller, OrgScope scope, HeadcountPlan plan) {
    if (!mayDecide(caller, scope, plan.unitCode())) {
      throw new AccessDeniedException(
          "A plan is approved or rejected by leadership or by the manager of a unit above "
              + plan.unitCode()
              + "; you are neither.");
    }
  }

  private HeadcountPlan find(long id) {
    return plans.find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
  }

  private static void refuseUnless(HeadcountPlan plan, PlanAction action) {
    plan.whyNot(action)
        .ifPresent(
            reason -> {
              throw new ConflictException(reason);
            });
  }

  private void checkRevision(HeadcountPlan plan, Long revision) {
    if (revision != null) {
      requireRevision(plan, revision);
    }
  }

  /** Refuses a change made to another revision, saying who changed what since. */
  private void requireRevision(HeadcountPlan plan, long revision) {
    if (plan.revision() != revision) {
      throw new StaleRevisionException(conflicts.message(plan.id(), revision));
    }
  }

  /**
   * Writes the plan now, so that a save that collided with another surfaces here as a refusal
   * saying what the other one changed, rather than as a failed commit.
   *
   * @param revision the revision the change was made to
   */
  private void flush(HeadcountPlan plan, long revision) {
    try {
      plans.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRevisionException(conflicts.message(plan.id(), revision));
    }
  }

  private void record(Caller caller, HeadcountPlan plan, PlanEvent event, String details) {
    String text =
        details.length() > AuditEvent.DETAILS_MAX
            ? details.substring(0, AuditEvent.DETAILS_MAX - 1) + "…"
            : details;
    audit.record(caller, event.action(), PlanEvent.SUBJECT, plan.id().toString(), text);
  }

  private static String withComment(String what, String comment) {
    return comment == null || comment.isBlank() ? what : what + " Comment: " + comment.strip();
  }

  private static boolean sameLines(List<PlanLineRecord> current, List<PlanLineRecord> wanted) {
    return current.size() == wanted.size()
        && wanted.stream().allMatch(w -> current.stream().anyMatch(c -> c.sameAs(w)));
  }

  private void ensurePositions(HeadcountPlan plan) {
    Map<SeatKey, Integer> counts = new LinkedHashMap<>();
    for (PlanLineRecord line : plan.lines()) {
      counts.put(line.seat(plan.unitCode()), seats(line.plannedFte()));
    }
    positions.ensure(counts);
  }

  /** Positions a line holds: whole seats, a part-time remainder counting as one. */
  static int seats(BigDecimal plannedFte) {
    return plannedFte.setScale(0, RoundingMode.CEILING).intValueExact();
  }

  private Map<Long, BlueprintName> published() {
    Map<Long, BlueprintName> published = new HashMap<>();
    for (BlueprintName name : blueprints.published()) {
      published.put(name.id(), name);
    }
    return published;
  }

  private PlanView view(Caller caller, OrgScope scope, HeadcountPlan plan) {
    return view(caller, scope, plan, plan.unitCode(), plan.period(), plan.scenario());
  }

  /** The plan (null for none yet) with its figures: its own lines against who is in post. */
  private PlanView view(
      Caller caller,
      OrgScope scope,
      HeadcountPlan plan,
      String unitCode,
      Quarter quarter,
      String scenario) {
    List<PlanLineRecord> lines = plan == null ? List.of() : plan.lines();
    List<PlannedLine> planned =
        lines.stream().map(line -> new PlannedLine(unitCode, quarter, line)).toList();
    QuarterFigures figures = data.figures(planned, Set.of(unitCode), List.of(quarter)).get(quarter);
    Map<Long, BlueprintName> names = data.blueprintNames();
    CostTable costs = data.costs();
    Map<SeatKey, List<Long>> positionIds =
        positions.of(lines.stream().map(line -> line.seat(unitCode)).toList());
    List<PlanLineView> views = new ArrayList<>();
    Map<SeatKey, SeatFigures> seats = new LinkedHashMap<>(figures.seats(unitCode));
    for (PlanLineRecord line : lines) {
      SeatKey seat = line.seat(unitCode);
      List<Long> ids = positionIds.getOrDefault(seat, List.of());
      views.add(
          lineView(
              seat,
              seats.remove(seat),
              line,
              ids.subList(0, Math.min(ids.size(), seats(line.plannedFte()))),
              names,
              costs));
    }
    seats.entrySet().stream()
        .sorted(
            Comparator.comparing(
                e -> PlanLines.label(names.get(e.getKey().blueprintId()), e.getKey().level())))
        .forEach(e -> views.add(lineView(e.getKey(), e.getValue(), null, List.of(), names, costs)));
    RollUp rollUp = new RollUp(scope.tree(), figures, rates.budgets(quarter));
    PlanTotals totals =
        PlanTotals.of(figures.total(unitCode), rollUp.budget(unitCode).orElse(null));
    String unitName = scope.unit(unitCode).name();
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
          inForce(unitCode, quarter, scenario, null),
          null,
          null,
          null,
          null,
          null,
          views,
          totals,
          mayEdit(caller, scope, unitCode),
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
        inForce(unitCode, quarter, scenario, plan),
        plan.updatedBy(),
        plan.updatedAt(),
        plan.decidedBy().orElse(null),
        plan.decidedAt().orElse(null),
        plan.decisionComment().orElse(null),
        views,
        totals,
        mayEdit(caller, scope, unitCode) && plan.whyNot(PlanAction.EDIT).isEmpty(),
        mayEdit(caller, scope, unitCode) && plan.whyNot(PlanAction.SUBMIT).isEmpty(),
        mayDecide(caller, scope, unitCode) && plan.whyNot(PlanAction.APPROVE).isEmpty());
  }

  /** The version in force when it is not the one shown. */
  private Integer inForce(String unitCode, Quarter quarter, String scenario, HeadcountPlan shown) {
    if (shown != null && shown.status() == PlanStatus.APPROVED) {
      return null;
    }
    return plans.versions(unitCode, quarter, scenario).stream()
        .filter(v -> v.status() == PlanStatus.APPROVED)
        .map(HeadcountPlan::version)
        .findFirst()
        .orElse(null);
  }

  private static PlanLineView lineView(
      SeatKey seat,
      SeatFigures figures,
      PlanLineRecord line,
      List<Long> positionIds,
      Map<Long, BlueprintName> names,
      CostTable costs) {
    SeatFigures f = figures == null ? SeatFigures.NONE : figures;
    Optional<BigDecimal> rate =
        line == null ? costs.rate(seat.blueprintId(), seat.level()) : costs.rateFor(line);
    return new PlanLineView(
        positionIds,
        seat.blueprintId(),
        PlanLines.title(names, seat.blueprintId()),
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
