package org.cadre.domain.hiring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A candidate on a requisition: the stage they are at, every move with who and when, and how it
 * ended. It keeps what funnels count as it moves: the furthest reporting stage reached (a skipped
 * stage counts as reached) and the time spent in each reporting stage ({@link StageTimes}). The
 * revision guards against two people moving it at once.
 */
@Entity
@Table(name = "application")
public class Application {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
  @SequenceGenerator(
      name = "application_seq",
      sequenceName = "application_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "requisition_id", nullable = false)
  private long requisitionId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "stage_index", nullable = false)
  private int stageIndex;

  @Column(name = "stage_name", nullable = false, length = PipelineStage.NAME_MAX)
  private String stageName;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_stage", nullable = false, length = 20)
  private ReportingStage reportingStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "furthest_stage", nullable = false, length = 20)
  private ReportingStage furthest;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "outcome_reason", length = REASON_MAX)
  private String outcomeReason;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "stage_entered_at", nullable = false)
  private Instant stageEnteredAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Embedded private StageTimes times = new StageTimes();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("movedAt, id")
  private List<StageMove> moves = new ArrayList<>();

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  protected Application() {
    // for JPA
  }

  private Application(long requisitionId, long candidateId, String by, Instant at) {
    this.requisitionId = requisitionId;
    this.candidateId = candidateId;
    this.status = ApplicationStatus.ACTIVE;
    this.appliedAt = at;
    this.createdBy = by;
    this.furthest = ReportingStage.APPLIED;
  }

  /** A candidate applying to a requisition: they enter its first stage. */
  public static Application apply(
      long requisitionId, long candidateId, Pipeline pipeline, String by, Instant at) {
    if (pipeline.size() == 0) {
      throw new IllegalStateException("a requisition takes applications once it is open");
    }
    Application application = new Application(requisitionId, candidateId, by, at);
    application.enter(0, pipeline, at);
    application.moves.add(
        new StageMove(application, null, pipeline.stage(0).name(), null, null, by, at));
    return application;
  }

  /** Why the action is not possible now, or empty when it is. */
  public Optional<String> whyNot(ApplicationAction action) {
    if (status != ApplicationStatus.ACTIVE) {
      return Optional.of(
          "The application is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + ", so it cannot be "
              + action.pastTense()
              + ".");
    }
    if ((action == ApplicationAction.OFFER || action == ApplicationAction.HIRE)
        && reportingStage != ReportingStage.OFFER) {
      return Optional.of(
          "The application is at "
              + stageName
              + "; move it to an offer stage first, so it can be "
              + action.pastTense()
              + ".");
    }
    return Optional.empty();
  }

  /** Why the application cannot move to the stage, or empty when it can. */
  public Optional<String> whyNotMove(String stage, Pipeline pipeline) {
    Optional<String> state = whyNot(ApplicationAction.MOVE);
    if (state.isPresent()) {
      return state;
    }
    Optional<Integer> target = pipeline.indexOf(stage);
    if (target.isEmpty()) {
      return Optional.of(
          "There is no stage \""
              + stage
              + "\" on this requisition; its stages are "
              + String.join(", ", pipeline.names())
              + ".");
    }
    if (target.get() == stageIndex) {
      return Optional.of("The application is at " + stageName + " already.");
    }
    if (target.get() == pipeline.hiredIndex()) {
      return Optional.of(
          "A candidate reaches " + pipeline.stage(target.get()).name() + " by being hired.");
    }
    return Optional.empty();
  }

  /** Moves the application to another stage, forwards, skipping stages, or back. */
  public void moveTo(String stage, Pipeline pipeline, String by, Instant at) {
    whyNotMove(stage, pipeline).ifPresent(Application::refuse);
    int target = pipeline.indexOf(stage).orElseThrow();
    String from = stageName;
    leaveStage(at);
    enter(target, pipeline, at);
    moves.add(new StageMove(this, from, stageName, null, null, by, at));
  }

  /** Ends the application as rejected, for a reason the candidate could be told. */
  public void reject(String reason, String by, Instant at) {
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw new IllegalArgumentException(
          "a rejection needs a reason of at most " + REASON_MAX + " characters");
    }
    end(ApplicationStatus.REJECTED, ApplicationAction.REJECT, reason.strip(), by, at);
  }

  /** Ends the application as withdrawn by the candidate. */
  public void withdraw(String by, Instant at) {
    end(ApplicationStatus.WITHDRAWN, ApplicationAction.WITHDRAW, null, by, at);
  }

  /** Hires the candidate: the application lands in the pipeline's last stage and ends. */
  public void hire(Pipeline pipeline, String by, Instant at) {
    whyNot(ApplicationAction.HIRE).ifPresent(Application::refuse);
    String from = stageName;
    leaveStage(at);
    enter(pipeline.hiredIndex(), pipeline, at);
    status = ApplicationStatus.HIRED;
    closedAt = at;
    moves.add(new StageMove(this, from, stageName, ApplicationStatus.HIRED, null, by, at));
  }

  /** Gives the application to another candidate, as merging duplicates does. */
  public void transferTo(long otherCandidateId) {
    candidateId = otherCandidateId;
  }

  private void end(
      ApplicationStatus outcome, ApplicationAction action, String reason, String by, Instant at) {
    whyNot(action).ifPresent(Application::refuse);
    leaveStage(at);
    status = outcome;
    outcomeReason = reason;
    closedAt = at;
    moves.add(new StageMove(this, stageName, null, outcome, reason, by, at));
  }

  private void leaveStage(Instant at) {
    times.add(reportingStage, Duration.between(stageEnteredAt, at).getSeconds());
  }

  private void enter(int index, Pipeline pipeline, Instant at) {
    stageIndex = index;
    stageName = pipeline.stage(index).name();
    reportingStage = pipeline.reporting(index);
    stageEnteredAt = at;
    times.visit(reportingStage);
    if (reportingStage.compareTo(furthest) > 0) {
      furthest = reportingStage;
    }
  }

  private static void refuse(String reason) {
    throw new IllegalStateException(reason);
  }

  /**
   * Days the application spent in the reporting stage, once it has left it: empty while it is still
   * there, and for a stage it never was in.
   */
  public Optional<Double> daysIn(ReportingStage stage) {
    Long seconds = times.seconds(stage);
    if (seconds == null || (status == ApplicationStatus.ACTIVE && reportingStage == stage)) {
      return Optional.empty();
    }
    return Optional.of(seconds / 86_400.0);
  }

  public Long id() {
    return id;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public long candidateId() {
    return candidateId;
  }

  public int stageIndex() {
    return stageIndex;
  }

  public String stageName() {
    return stageName;
  }

  public ReportingStage reportingStage() {
    return reportingStage;
  }

  /** The furthest reporting stage reached; every stage up to it counts as entered. */
  public ReportingStage furthest() {
    return furthest;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Optional<String> outcomeReason() {
    return Optional.ofNullable(outcomeReason);
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Instant stageEnteredAt() {
    return stageEnteredAt;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public String createdBy() {
    return createdBy;
  }

  public StageTimes times() {
    return times;
  }

  public List<StageMove> moves() {
    return List.copyOf(moves);
  }

  public long revision() {
    return revision;
  }

  @Override
  public String toString() {
    return "application " + id;
  }
}
