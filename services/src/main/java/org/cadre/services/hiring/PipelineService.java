package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationAction;
import org.cadre.domain.hiring.ApplicationCard;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.ApplicationStatus;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.common.UseCase;

/**
 * Applications on a requisition's pipeline: a candidate applies, moves from stage to stage
 * (forwards, skipping stages or back), and is rejected with a reason or withdraws. Two people
 * moving one application at once: the first wins, the other is refused with a conflict. The board
 * shows a requisition's applications by stage.
 */
@ApplicationScoped
@UseCase
public class PipelineService {

  static final String SUBJECT = "application";

  private RequisitionRepository requisitions;
  private ApplicationRepository applications;
  private OfferRepository offers;
  private CandidateService candidates;
  private HiringAccess access;
  private RequisitionViews requisitionViews;
  private ApplicationViews views;
  private AuditTrail audit;

  protected PipelineService() {
    // for CDI
  }

  @Inject
  public PipelineService(
      RequisitionRepository requisitions,
      ApplicationRepository applications,
      OfferRepository offers,
      CandidateService candidates,
      HiringAccess access,
      RequisitionViews requisitionViews,
      ApplicationViews views,
      AuditTrail audit) {
    this.requisitions = requisitions;
    this.applications = applications;
    this.offers = offers;
    this.candidates = candidates;
    this.access = access;
    this.requisitionViews = requisitionViews;
    this.views = views;
    this.audit = audit;
  }

  /** The requisition's board: its stages as columns with their applications, and those ended. */
  public BoardView board(Caller caller, long requisitionId) {
    HiringAccess.Rights rights = access.of(caller);
    Requisition requisition = requisition(requisitionId);
    rights.requireSees(requisition);
    Pipeline pipeline = requisition.pipeline();
    List<List<BoardView.Card>> columns = new ArrayList<>();
    for (int i = 0; i < pipeline.size(); i++) {
      columns.add(new ArrayList<>());
    }
    List<BoardView.Card> ended = new ArrayList<>();
    Instant now = Instant.now();
    for (ApplicationCard card : applications.board(requisitionId)) {
      BoardView.Card shown = card(card, now);
      if (card.status() == ApplicationStatus.ACTIVE && card.stageIndex() < columns.size()) {
        columns.get(card.stageIndex()).add(shown);
      } else {
        ended.add(shown);
      }
    }
    List<BoardView.Column> board = new ArrayList<>();
    for (int i = 0; i < pipeline.size(); i++) {
      board.add(
          new BoardView.Column(
              i, pipeline.stage(i).name(), pipeline.reporting(i).label(), columns.get(i)));
    }
    return new BoardView(requisitionViews.view(rights, requisition), board, ended);
  }

  /** A candidate applies to an open requisition; they enter its first stage. */
  public ApplicationView apply(Caller caller, long requisitionId, Long candidateId) {
    HiringAccess.Rights rights = access.of(caller);
    Requisition requisition = requisition(requisitionId);
    rights.requireRuns(requisition);
    if (candidateId == null) {
      throw InvalidInputException.of("candidateId", null, "is required");
    }
    Candidate candidate = candidates.current(candidateId);
    if (!candidates.reads(rights, candidate)) {
      throw new org.cadre.services.common.AccessDeniedException(
          "You may add the candidates you added yourself; ask HR for candidate "
              + candidateId
              + ".");
    }
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.RECRUIT));
    Optional<Application> existing = applications.of(requisitionId, candidateId);
    if (existing.isPresent()) {
      throw new ConflictException(
          "Candidate "
              + candidateId
              + " has applied to requisition "
              + requisitionId
              + " already (application "
              + existing.get().id()
              + ").");
    }
    Application application =
        Application.apply(
            requisitionId, candidateId, requisition.pipeline(), caller.username(), Instant.now());
    applications.add(application);
    applications.flush();
    record(
        caller,
        application,
        "created",
        candidate.name() + " applied to " + requisition.describe() + ".");
    return views.view(rights, application, requisition);
  }

  public ApplicationView get(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = application(id);
    Requisition requisition = requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    return views.view(rights, application, requisition);
  }

  /**
   * Moves the application to a stage of its requisition.
   *
   * @param revision the application's revision the caller saw, or null not to check it
   */
  public ApplicationView move(Caller caller, long id, String stage, Long revision) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = application(id);
    Requisition requisition = requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    rights.requireRuns(requisition);
    if (stage == null || stage.isBlank()) {
      throw InvalidInputException.of(
          "stage",
          stage,
          "name the stage, one of " + String.join(", ", requisition.pipeline().names()));
    }
    checkRevision(application, revision);
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.RECRUIT));
    RequisitionService.refuseIf(application.whyNotMove(stage, requisition.pipeline()));
    String from = application.stageName();
    application.moveTo(stage, requisition.pipeline(), caller.username(), Instant.now());
    save(
        caller,
        application,
        "moved",
        "Moved from " + from + " to " + application.stageName() + ".");
    return views.view(rights, application, requisition);
  }

  /** Ends the application as rejected, for a reason; an offer not yet answered is withdrawn. */
  public ApplicationView reject(Caller caller, long id, String reason, Long revision) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = application(id);
    Requisition requisition = requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    rights.requireRuns(requisition);
    HiringTerms terms = new HiringTerms();
    String why = terms.text("reason", reason, Application.REASON_MAX, true);
    terms.check();
    checkRevision(application, revision);
    RequisitionService.refuseIf(application.whyNot(ApplicationAction.REJECT));
    Instant now = Instant.now();
    application.reject(why, caller.username(), now);
    withdrawOffers(caller, application, "The application was rejected.", now);
    save(caller, application, "rejected", "Rejected at " + application.stageName() + ": " + why);
    return views.view(rights, application, requisition);
  }

  /** Ends the application as withdrawn by the candidate. */
  public ApplicationView withdraw(Caller caller, long id, Long revision) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = application(id);
    Requisition requisition = requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    rights.requireRuns(requisition);
    checkRevision(application, revision);
    RequisitionService.refuseIf(application.whyNot(ApplicationAction.WITHDRAW));
    Instant now = Instant.now();
    application.withdraw(caller.username(), now);
    withdrawOffers(caller, application, "The candidate withdrew.", now);
    save(caller, application, "withdrawn", "Withdrawn at " + application.stageName() + ".");
    return views.view(rights, application, requisition);
  }

  private void withdrawOffers(Caller caller, Application application, String reason, Instant at) {
    for (Offer offer : offers.ofApplication(application.id())) {
      if (offer.whyNot(org.cadre.domain.hiring.OfferAction.WITHDRAW).isEmpty()) {
        offer.withdraw(reason, at);
        audit.record(
            caller, "offer.withdrawn", OfferService.SUBJECT, offer.id().toString(), reason);
      }
    }
  }

  private static BoardView.Card card(ApplicationCard c, Instant now) {
    return new BoardView.Card(
        c.applicationId(),
        c.candidateId(),
        c.candidateName(),
        c.source().label(),
        c.internal(),
        c.stageName(),
        c.status().name(),
        c.status().label(),
        c.appliedAt(),
        RequisitionViews.days(Duration.between(c.stageEnteredAt(), now)),
        c.revision());
  }

  private static void checkRevision(Application application, Long revision) {
    if (revision != null && revision != application.revision()) {
      throw new StaleRevisionException(
          "Application "
              + application.id()
              + " changed since you opened it: it is at "
              + application.stageName()
              + " ("
              + application.status().label().toLowerCase(java.util.Locale.ROOT)
              + ") now. Nothing was changed; reload it and try again.");
    }
  }

  /**
   * Writes the change now, so that a move that lost a race with another one surfaces as a conflict
   * rather than a failed commit.
   */
  private void save(Caller caller, Application application, String action, String details) {
    try {
      applications.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "Someone else changed application "
              + application.id()
              + " at the same moment; nothing you sent was saved. Reload it and try again.");
    }
    record(caller, application, action, details);
  }

  private void record(Caller caller, Application application, String action, String details) {
    audit.record(caller, SUBJECT + "." + action, SUBJECT, application.id().toString(), details);
  }

  Application application(long id) {
    return applications
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no application " + id + "."));
  }

  Requisition requisition(long id) {
    return requisitions
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no requisition " + id + "."));
  }
}
