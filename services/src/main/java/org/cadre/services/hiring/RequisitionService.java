package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.hiring.RequisitionDraft;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.hiring.RequisitionSearch;
import org.cadre.domain.hiring.RequisitionStatus;
import org.cadre.domain.hiring.StageTemplate;
import org.cadre.domain.hiring.StageTemplateRepository;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.common.UseCase;

/**
 * Requisitions from draft to open, on hold, filled or cancelled. A manager opens one for a seat of
 * their subtree; within the plan's gap the manager of a unit above or leadership approves it,
 * beyond it only leadership, with a justification; whoever opened it never approves it. Once
 * approved, HR or the unit's managers open it to candidates with its family's pipeline.
 */
@ApplicationScoped
@UseCase
public class RequisitionService {

  static final String SUBJECT = "requisition";

  private RequisitionRepository requisitions;
  private RoleBlueprintRepository blueprints;
  private StageTemplateRepository templates;
  private UserAccountRepository accounts;
  private Seats seats;
  private HiringAccess access;
  private RequisitionViews views;
  private AuditTrail audit;

  protected RequisitionService() {
    // for CDI
  }

  @Inject
  public RequisitionService(
      RequisitionRepository requisitions,
      RoleBlueprintRepository blueprints,
      StageTemplateRepository templates,
      UserAccountRepository accounts,
      Seats seats,
      HiringAccess access,
      RequisitionViews views,
      AuditTrail audit) {
    this.requisitions = requisitions;
    this.blueprints = blueprints;
    this.templates = templates;
    this.accounts = accounts;
    this.seats = seats;
    this.access = access;
    this.views = views;
    this.audit = audit;
  }

  /**
   * What a requisition for the seat would say, from the plan's gap in the quarter: the form the
   * planning grid's "Open requisition" fills in.
   */
  public GapView gap(
      Caller caller, String orgUnit, Long blueprintId, String level, String quarter) {
    HiringAccess.Rights rights = access.of(caller);
    OrgUnit unit = rights.scope().requireParameter("orgUnit", orgUnit);
    HiringTerms terms = new HiringTerms();
    Level seatLevel = terms.level("level", level);
    Quarter period = Quarter.parse(quarter).orElse(null);
    if (period == null) {
      terms.problem("quarter", quarter, "write a quarter as year, -Q and its number, e.g. 2027-Q1");
    }
    BlueprintRevision revision = published(terms, blueprintId);
    terms.check();
    SeatKey seat = new SeatKey(unit.code(), blueprintId, seatLevel);
    SeatFigures figures = seats.figures(seat, period);
    boolean gap = figures.gap().signum() > 0;
    LocalDate today = LocalDate.now();
    return new GapView(
        unit.code(),
        unit.name(),
        blueprintId,
        revision.title(),
        seatLevel == null ? null : seatLevel.name(),
        seatLevel == null ? null : seatLevel.label(),
        period.toString(),
        figures.plannedFte(),
        figures.actualFte(),
        figures.openFte(),
        figures.gap(),
        gap,
        gap ? seats.freePosition(seat, figures.plannedFte()).orElse(null) : null,
        gap ? figures.gap().min(BigDecimal.ONE) : BigDecimal.ONE,
        period.start().isAfter(today) ? period.start() : today);
  }

  /**
   * Opens a requisition as a draft awaiting approval. It is within the plan when the seat's gap in
   * the quarter of the target start covers its FTE; it then takes a free planned position (or the
   * one named). Beyond the plan it needs a justification.
   */
  public RequisitionView create(Caller caller, RequisitionCommand command) {
    HiringAccess.Rights rights = access.of(caller);
    RequisitionCommand c =
        command == null
            ? new RequisitionCommand(null, null, null, null, null, null, null, null, null)
            : command;
    OrgUnit unit = rights.scope().requireParameter("orgUnit", c.orgUnit());
    if (!rights.isHr() && !caller.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          "Requisitions are opened by the managers of their units and HR.");
    }
    HiringTerms terms = new HiringTerms();
    Level level = terms.level("level", c.level());
    BigDecimal fte = terms.fte("fte", c.fte(), BigDecimal.ONE);
    LocalDate targetStart = terms.date("targetStart", c.targetStart(), true);
    String justification =
        terms.text("justification", c.justification(), RequisitionDraft.JUSTIFICATION_MAX, false);
    BlueprintRevision revision = published(terms, c.blueprintId());
    String hiringManager = user(terms, "hiringManager", c.hiringManager(), hiringManager(caller));
    String recruiter =
        user(terms, "recruiter", c.recruiter(), rights.isHr() ? caller.username() : null);
    terms.check();
    SeatKey seat = new SeatKey(unit.code(), c.blueprintId(), level);
    SeatFigures figures = seats.figures(seat, Quarter.containing(targetStart));
    boolean withinPlan = figures.gap().compareTo(fte) >= 0;
    if (!withinPlan && justification == null) {
      throw InvalidInputException.of(
          "justification",
          null,
          "the seat has no gap for this requisition in "
              + Quarter.containing(targetStart)
              + " (planned "
              + figures.plannedFte().stripTrailingZeros().toPlainString()
              + ", actual "
              + figures.actualFte().stripTrailingZeros().toPlainString()
              + ", open "
              + figures.openFte().stripTrailingZeros().toPlainString()
              + "): say why it is needed beyond the plan; leadership approves it");
    }
    Long positionId = c.positionId();
    if (positionId != null) {
      seats.requireFree(positionId, seat);
    } else if (withinPlan) {
      positionId = seats.freePosition(seat, figures.plannedFte()).orElse(null);
    }
    Requisition requisition =
        Requisition.draft(
            new RequisitionDraft(
                unit.code(),
                c.blueprintId(),
                revision.number(),
                level,
                positionId,
                fte,
                targetStart,
                hiringManager,
                recruiter,
                justification,
                withinPlan),
            caller.username(),
            Instant.now());
    requisitions.add(requisition);
    requisitions.flush();
    record(
        caller,
        requisition,
        "created",
        (withinPlan ? "Opened within the plan" : "Opened beyond the plan: " + justification)
            + " for "
            + revision.title()
            + (level == null ? "" : " (" + level.label() + ")")
            + ", "
            + fte.stripTrailingZeros().toPlainString()
            + " FTE from "
            + targetStart
            + (positionId == null ? "" : ", position " + positionId)
            + ".");
    return views.view(rights, requisition);
  }

  public RequisitionView get(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    Requisition requisition = find(id);
    rights.requireSees(requisition);
    return views.view(rights, requisition);
  }

  /**
   * The requisitions the caller sees, newest first: of one unit and those below it, or all.
   *
   * @param orgUnit null for every unit the caller sees
   * @param status null for every status
   */
  public PageView<RequisitionRow> list(
      Caller caller, String orgUnit, String status, int page, int size) {
    HiringAccess.Rights rights = access.of(caller);
    HiringTerms terms = new HiringTerms();
    RequisitionStatus wanted = terms.choice("status", status, RequisitionStatus.class, false);
    terms.check();
    java.util.Collection<String> units;
    if (orgUnit != null && !orgUnit.isBlank()) {
      rights.scope().requireParameter("orgUnit", orgUnit);
      units = rights.scope().tree().subtree(orgUnit);
    } else if (rights.isHr() || caller.has(Role.LEADERSHIP)) {
      units = null;
    } else {
      units = rights.scope().visible();
    }
    java.util.Map<Long, org.cadre.domain.blueprint.BlueprintName> names = views.names();
    return PageView.of(
        requisitions
            .search(new RequisitionSearch(units, wanted), PageView.request(page, size))
            .map(r -> views.row(rights, r, names)));
  }

  /** Approves a draft: the manager of a unit above or leadership; beyond the plan leadership. */
  public RequisitionView approve(Caller caller, long id, Long revision) {
    HiringAccess.Rights rights = access.of(caller);
    Requisition requisition = find(id);
    rights.requireSees(requisition);
    if (!views.mayApprove(rights, requisition)) {
      throw new AccessDeniedException(
          "A requisition is approved by leadership or by the manager of a unit above "
              + requisition.unitCode()
              + ", and never by whoever opened it.");
    }
    checkRevision(requisition, revision);
    refuseIf(requisition.whyNotApprove(caller.has(Role.LEADERSHIP)));
    requisition.approve(
        caller.username(), caller.has(Role.LEADERSHIP), Instant.now(), LocalDate.now());
    save(caller, requisition, "approved", "Approved; it counts as open in the plan from today.");
    return views.view(rights, requisition);
  }

  /** Opens an approved requisition to candidates with a copy of its family's pipeline. */
  public RequisitionView open(Caller caller, long id, Long revision) {
    return step(
        caller,
        id,
        revision,
        RequisitionAction.OPEN,
        "opened",
        requisition -> {
          Pipeline pipeline = pipelineFor(requisition);
          requisition.open(pipeline, Instant.now());
          return "Opened with stages " + String.join(", ", pipeline.names()) + ".";
        });
  }

  public RequisitionView hold(Caller caller, long id, Long revision) {
    return step(
        caller,
        id,
        revision,
        RequisitionAction.HOLD,
        "held",
        requisition -> {
          requisition.hold(Instant.now());
          return "Put on hold.";
        });
  }

  public RequisitionView reopen(Caller caller, long id, Long revision) {
    return step(
        caller,
        id,
        revision,
        RequisitionAction.REOPEN,
        "reopened",
        requisition -> {
          Instant now = Instant.now();
          requisition.reopen(now);
          return "Reopened after its hold; "
              + RequisitionViews.days(requisition.timeOnHold(now))
              + " days on hold in all.";
        });
  }

  public RequisitionView cancel(Caller caller, long id, Long revision, String reason) {
    HiringTerms terms = new HiringTerms();
    String why = terms.text("reason", reason, Requisition.REASON_MAX, true);
    terms.check();
    return step(
        caller,
        id,
        revision,
        RequisitionAction.CANCEL,
        "cancelled",
        requisition -> {
          requisition.cancel(why, Instant.now(), LocalDate.now());
          return "Cancelled: " + why;
        });
  }

  /**
   * A step of the workflow by whoever runs the requisition: refused for a revision other than the
   * one the caller saw, or when the state does not allow it; else made, saved and audited.
   *
   * @param change makes the step and says what happened, for the audit trail
   */
  private RequisitionView step(
      Caller caller,
      long id,
      Long revision,
      RequisitionAction action,
      String event,
      java.util.function.Function<Requisition, String> change) {
    HiringAccess.Rights rights = access.of(caller);
    Requisition requisition = find(id);
    rights.requireRuns(requisition);
    checkRevision(requisition, revision);
    refuseIf(requisition.whyNot(action));
    save(caller, requisition, event, change.apply(requisition));
    return views.view(rights, requisition);
  }

  /** The pipeline the requisition's family uses now: HR's template, else the default. */
  Pipeline pipelineFor(Requisition requisition) {
    String family =
        blueprints
            .find(requisition.blueprintId())
            .map(b -> b.revision(requisition.blueprintRevision()).family())
            .orElse(null);
    return family == null
        ? Pipeline.DEFAULT
        : templates.find(family).map(StageTemplate::pipeline).orElse(Pipeline.DEFAULT);
  }

  private BlueprintRevision published(HiringTerms terms, Long blueprintId) {
    if (blueprintId == null) {
      terms.problem("blueprintId", null, "is required");
      return null;
    }
    Optional<BlueprintRevision> revision =
        blueprints.find(blueprintId).flatMap(RoleBlueprint::publishedRevision);
    if (revision.isEmpty()) {
      terms.problem("blueprintId", blueprintId, "is not a published blueprint");
      return null;
    }
    return revision.get();
  }

  /** The username given, which must be an enabled account, else the default. */
  private String user(HiringTerms terms, String field, String username, String otherwise) {
    if (username == null || username.isBlank()) {
      if (otherwise == null && "hiringManager".equals(field)) {
        terms.problem(field, null, "name the hiring manager's login");
      }
      return otherwise;
    }
    Optional<UserAccount> account = accounts.findByUsername(username.strip());
    if (account.isEmpty() || !account.get().isEnabled()) {
      terms.problem(field, username, "is not a user of Cadre");
      return null;
    }
    return account.get().username();
  }

  private static String hiringManager(Caller caller) {
    return caller.has(Role.MANAGER) ? caller.username() : null;
  }

  private Requisition find(long id) {
    return requisitions
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no requisition " + id + "."));
  }

  private static void checkRevision(Requisition requisition, Long revision) {
    if (revision != null && revision != requisition.revision()) {
      throw new StaleRevisionException(
          "The "
              + requisition.describe()
              + " changed since you opened it (it is "
              + requisition.status().label().toLowerCase(java.util.Locale.ROOT)
              + " now); nothing was changed. Reload it and try again.");
    }
  }

  static void refuseIf(Optional<String> reason) {
    reason.ifPresent(
        r -> {
          throw new ConflictException(r);
        });
  }

  private void save(Caller caller, Requisition requisition, String action, String details) {
    try {
      requisitions.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "Someone changed the " + requisition.describe() + " at the same moment; reload it.");
    }
    record(caller, requisition, action, details);
  }

  private void record(Caller caller, Requisition requisition, String action, String details) {
    audit.record(caller, SUBJECT + "." + action, SUBJECT, requisition.id().toString(), details);
  }
}
