package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.LineChange;
import org.cadre.domain.planning.PlanAction;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.PositionRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
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
  private RoleBlueprintRepository blueprints;
  private OrgScopes scopes;
  private PlanningTerms terms;
  private PlanViews views;
  private AuditTrail audit;
  private PlanConflicts conflicts;

  protected PlanningService() {
    // for CDI
  }

  @Inject
  public PlanningService(
      HeadcountPlanRepository plans,
      PositionRepository positions,
      RoleBlueprintRepository blueprints,
      OrgScopes scopes,
      PlanningTerms terms,
      PlanViews views,
      AuditTrail audit,
      PlanConflicts conflicts) {
    this.plans = plans;
    this.positions = positions;
    this.blueprints = blueprints;
    this.scopes = scopes;
    this.terms = terms;
    this.views = views;
    this.audit = audit;
    this.conflicts = conflicts;
  }

  /** The newest version of the unit's plan, or an empty one (id null) showing who is in post. */
  public PlanView plan(Caller caller, String unitCode, String period, String scenario) {
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    Quarter quarter = terms.quarter("period", period);
    String name = terms.scenario(scenario);
    return views.newest(caller, scope, unitCode, List.of(quarter), name).get(0);
  }

  public PlanView plan(Caller caller, long id) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    return views.of(caller, scope, plan);
  }

  /** Starts the unit's plan for the quarter as an empty draft; refused when it has one. */
  public PlanView start(Caller caller, String unitCode, String period, String scenario) {
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    PlanRights.requireEditor(caller, scope, unitCode);
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
    return views.of(caller, scope, plan);
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
    PlanRights.requireEditor(caller, scope, plan.unitCode());
    requireRevision(plan, revision);
    refuseUnless(plan, PlanAction.EDIT);
    Map<Long, BlueprintName> published = published();
    List<PlanLineRecord> wanted = PlanLines.check(lines, published);
    if (sameLines(plan.lines(), wanted)) {
      return views.of(caller, scope, plan);
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
        PlanLines.describe(changes, PlanLines.byId(blueprints.names())));
    ensurePositions(target);
    return views.of(caller, scope, target);
  }

  /**
   * @param revision the revision the caller saw, or null not to check it
   */
  public PlanView submit(Caller caller, long id, Long revision) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    PlanRights.requireEditor(caller, scope, plan.unitCode());
    checkRevision(plan, revision);
    refuseUnless(plan, PlanAction.SUBMIT);
    long before = plan.revision();
    plan.submit(caller.username(), Instant.now());
    flush(plan, before);
    record(caller, plan, PlanEvent.SUBMITTED, "Submitted for approval.");
    return views.of(caller, scope, plan);
  }

  /** Approves a submitted plan; the version it replaces is superseded. */
  public PlanView approve(Caller caller, long id, Long revision, String comment) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    PlanRights.requireDecider(caller, scope, plan.unitCode());
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
    return views.of(caller, scope, plan);
  }

  /** Rejects a submitted plan; the comment says why and is required. */
  public PlanView reject(Caller caller, long id, Long revision, String comment) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    PlanRights.requireDecider(caller, scope, plan.unitCode());
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
    return views.of(caller, scope, plan);
  }

  /** What happened to every version of the plan, newest first. */
  public List<PlanEventView> history(Caller caller, long id) {
    OrgScope scope = scopes.of(caller);
    HeadcountPlan plan = find(id);
    scope.requireVisible(plan.unitCode());
    return views.history(plan.unitCode(), plan.period(), plan.scenario());
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
      counts.put(line.seat(plan.unitCode()), PlanViews.seats(line.plannedFte()));
    }
    positions.ensure(counts);
  }

  private Map<Long, BlueprintName> published() {
    return PlanLines.byId(blueprints.published());
  }
}
