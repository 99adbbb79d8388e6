package org.cadre.domain.hiring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.Quarter;

/**
 * An approved seat being hired for, from draft to filled or cancelled. It names one position of the
 * plan, so the plan's seat, the requisition and the hire share one id. From the day it is approved
 * until it is cancelled, or until its hire starts, it counts as open FTE in the plan's quarters
 * from its target start on ({@link #countsIn}). Time on hold is added up, so time to fill can be
 * told net of it. Its pipeline is copied from its family's template when it is opened and never
 * changes after.
 */
@Entity
@Table(name = "requisition")
public class Requisition {

  public static final int REASON_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requisition_seq")
  @SequenceGenerator(
      name = "requisition_seq",
      sequenceName = "requisition_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "org_unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "blueprint_id", nullable = false)
  private long blueprintId;

  @Column(name = "blueprint_revision", nullable = false)
  private int blueprintRevision;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20)
  private Level level;

  @Column(name = "position_id")
  private Long positionId;

  @Column(name = "fte", nullable = false, precision = 4, scale = 3)
  private BigDecimal fte;

  @Column(name = "target_start", nullable = false)
  private LocalDate targetStart;

  @Column(name = "hiring_manager", nullable = false, length = 100)
  private String hiringManager;

  @Column(name = "recruiter", length = 100)
  private String recruiter;

  @Column(name = "justification", length = RequisitionDraft.JUSTIFICATION_MAX)
  private String justification;

  @Column(name = "within_plan", nullable = false)
  private boolean withinPlan;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RequisitionStatus status;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "hold_since")
  private Instant holdSince;

  @Column(name = "hold_seconds", nullable = false)
  private long holdSeconds;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "open_from")
  private LocalDate openFrom;

  @Column(name = "open_until")
  private LocalDate openUntil;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "cancel_reason", length = REASON_MAX)
  private String cancelReason;

  @Column(name = "hired_employee", length = 40)
  private String hiredEmployee;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "requisition_stage", joinColumns = @JoinColumn(name = "requisition_id"))
  @OrderColumn(name = "list_index")
  private List<PipelineStage> stages = new ArrayList<>();

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  protected Requisition() {
    // for JPA
  }

  private Requisition(RequisitionDraft draft, String by, Instant at) {
    this.unitCode = draft.unitCode();
    this.blueprintId = draft.blueprintId();
    this.blueprintRevision = draft.blueprintRevision();
    this.level = draft.level();
    this.positionId = draft.positionId();
    this.fte = draft.fte();
    this.targetStart = draft.targetStart();
    this.hiringManager = draft.hiringManager();
    this.recruiter = draft.recruiter();
    this.justification = draft.justification();
    this.withinPlan = draft.withinPlan();
    this.status = RequisitionStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** A new requisition, waiting for approval. */
  public static Requisition draft(RequisitionDraft draft, String by, Instant at) {
    return new Requisition(draft, by, at);
  }

  /** Why the action is not possible now, or empty when it is. */
  public Optional<String> whyNot(RequisitionAction action) {
    boolean possible =
        switch (action) {
          case APPROVE -> status == RequisitionStatus.DRAFT;
          case OPEN -> status == RequisitionStatus.APPROVED;
          case HOLD -> status == RequisitionStatus.OPEN && acceptedAt == null;
          case REOPEN -> status == RequisitionStatus.ON_HOLD;
          case CANCEL -> !status.closed();
          case RECRUIT -> status == RequisitionStatus.OPEN;
          case FILL -> status == RequisitionStatus.OPEN && acceptedAt != null;
        };
    if (possible) {
      return Optional.empty();
    }
    if (action == RequisitionAction.HOLD && status == RequisitionStatus.OPEN) {
      return Optional.of(
          "The " + describe() + " has an accepted offer; hire the candidate or cancel it.");
    }
    if (action == RequisitionAction.FILL && status == RequisitionStatus.OPEN) {
      return Optional.of("The " + describe() + " has no accepted offer yet.");
    }
    return Optional.of(
        "The "
            + describe()
            + " is "
            + status.label().toLowerCase(java.util.Locale.ROOT)
            + ", so it cannot be "
            + action.pastTense()
            + ".");
  }

  /**
   * Why the approver may not approve: beyond the plan only leadership approves. Who else may
   * approve (the manager of a unit above) is the caller's business.
   */
  public Optional<String> whyNotApprove(boolean byLeadership) {
    Optional<String> state = whyNot(RequisitionAction.APPROVE);
    if (state.isPresent()) {
      return state;
    }
    if (!withinPlan && !byLeadership) {
      return Optional.of(
          "The "
              + describe()
              + " goes beyond the plan (the seat has no gap for it), so leadership approves it.");
    }
    return Optional.empty();
  }

  /** Approves the requisition; from today it counts as open in the plan. */
  public void approve(String by, boolean byLeadership, Instant at, LocalDate today) {
    whyNotApprove(byLeadership).ifPresent(Requisition::refuse);
    status = RequisitionStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
    openFrom = today;
  }

  /** Opens the requisition to candidates with a copy of its family's pipeline. */
  public void open(Pipeline pipeline, Instant at) {
    requirePossible(RequisitionAction.OPEN);
    stages.clear();
    stages.addAll(Pipeline.of(pipeline.stages()).stages());
    status = RequisitionStatus.OPEN;
    openedAt = at;
  }

  public void hold(Instant at) {
    requirePossible(RequisitionAction.HOLD);
    status = RequisitionStatus.ON_HOLD;
    holdSince = at;
  }

  /** Ends a hold; its time is added to the time on hold. */
  public void reopen(Instant at) {
    requirePossible(RequisitionAction.REOPEN);
    endHold(at);
    status = RequisitionStatus.OPEN;
  }

  /** Cancels the requisition, for a reason; it no longer counts as open from today. */
  public void cancel(String reason, Instant at, LocalDate today) {
    requirePossible(RequisitionAction.CANCEL);
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw new IllegalArgumentException(
          "a cancellation needs a reason of at most " + REASON_MAX + " characters");
    }
    endHold(at);
    status = RequisitionStatus.CANCELLED;
    cancelReason = reason.strip();
    closedAt = at;
    if (openFrom != null) {
      openUntil = today.isBefore(openFrom) ? openFrom : today;
    }
  }

  /** Records that the candidate accepted the offer: the moment time to fill ends. */
  public void offerAccepted(Instant at) {
    requirePossible(RequisitionAction.RECRUIT);
    if (acceptedAt != null) {
      refuse("The " + describe() + " has an accepted offer already.");
    }
    acceptedAt = at;
  }

  /**
   * Fills the requisition with the hire: it counts as open until the hire starts, when the plan
   * counts the new employee as actual instead.
   */
  public void fill(String employeeNumber, LocalDate startDate, Instant at) {
    requirePossible(RequisitionAction.FILL);
    status = RequisitionStatus.FILLED;
    hiredEmployee = employeeNumber;
    closedAt = at;
    openUntil = startDate.isBefore(openFrom) ? openFrom : startDate;
  }

  /** Names the recruiter who runs the requisition. */
  public void assignRecruiter(String username) {
    recruiter = username;
  }

  /**
   * Whether the requisition counts as open FTE in the plan's quarter: open on the day the quarter
   * counts people in post, for a start within the quarter or before it.
   */
  public boolean countsIn(Quarter quarter, LocalDate today) {
    return openOn(quarter.countedOn(today)) && !targetStart.isAfter(quarter.end());
  }

  /** Whether the requisition is open on the day: approved by then, not cancelled or started. */
  public boolean openOn(LocalDate day) {
    return openFrom != null
        && !openFrom.isAfter(day)
        && (openUntil == null || openUntil.isAfter(day));
  }

  /** Time on hold so far, the running hold up to {@code now} included. */
  public Duration timeOnHold(Instant now) {
    Duration held = Duration.ofSeconds(holdSeconds);
    return holdSince == null ? held : held.plus(Duration.between(holdSince, now));
  }

  private void endHold(Instant at) {
    if (holdSince != null) {
      holdSeconds += Math.max(0, Duration.between(holdSince, at).getSeconds());
      holdSince = null;
    }
  }

  private void requirePossible(RequisitionAction action) {
    whyNot(action).ifPresent(Requisition::refuse);
  }

  private static void refuse(String reason) {
    throw new IllegalStateException(reason);
  }

  /** "requisition 12 (ENG-PLAT)". */
  public String describe() {
    return "requisition " + (id == null ? "(new)" : id) + " (" + unitCode + ")";
  }

  public Long id() {
    return id;
  }

  public String unitCode() {
    return unitCode;
  }

  public long blueprintId() {
    return blueprintId;
  }

  public int blueprintRevision() {
    return blueprintRevision;
  }

  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  public Optional<Long> positionId() {
    return Optional.ofNullable(positionId);
  }

  public BigDecimal fte() {
    return fte;
  }

  public LocalDate targetStart() {
    return targetStart;
  }

  public String hiringManager() {
    return hiringManager;
  }

  public Optional<String> recruiter() {
    return Optional.ofNullable(recruiter);
  }

  public Optional<String> justification() {
    return Optional.ofNullable(justification);
  }

  public boolean withinPlan() {
    return withinPlan;
  }

  public RequisitionStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  public Optional<Instant> openedAt() {
    return Optional.ofNullable(openedAt);
  }

  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  public Optional<LocalDate> openFrom() {
    return Optional.ofNullable(openFrom);
  }

  public Optional<LocalDate> openUntil() {
    return Optional.ofNullable(openUntil);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public Optional<String> hiredEmployee() {
    return Optional.ofNullable(hiredEmployee);
  }

  /** The pipeline copied when the requisition was opened; no stages before. */
  public Pipeline pipeline() {
    return new Pipeline(stages);
  }

  public long revision() {
    return revision;
  }

  @Override
  public String toString() {
    return describe();
  }
}
