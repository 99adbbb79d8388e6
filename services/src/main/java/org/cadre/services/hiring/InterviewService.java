package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationAction;
import org.cadre.domain.hiring.BlindReview;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewKit;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.KitItem;
import org.cadre.domain.hiring.KitItemKind;
import org.cadre.domain.hiring.RatingScale;
import org.cadre.domain.hiring.Recommendation;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.domain.hiring.ScorecardSheet;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.UseCase;

/**
 * Structured interviews: scheduling an interview at a stage with interviewers (portal users who are
 * employees), the interview kit from the requisition's blueprint, and scorecards, each
 * interviewer's own, read blind ({@link BlindReview}); edits after submission are audited with what
 * changed.
 */
@ApplicationScoped
@UseCase
public class InterviewService {

  static final String SUBJECT = "interview";

  private InterviewRepository interviews;
  private PipelineService pipeline;
  private CandidateRepository candidates;
  private RoleBlueprintRepository blueprints;
  private UserAccountRepository accounts;
  private HiringAccess access;
  private ApplicationViews views;
  private RequisitionViews requisitionViews;
  private AuditTrail audit;

  protected InterviewService() {
    // for CDI
  }

  @Inject
  public InterviewService(
      InterviewRepository interviews,
      PipelineService pipeline,
      CandidateRepository candidates,
      RoleBlueprintRepository blueprints,
      UserAccountRepository accounts,
      HiringAccess access,
      ApplicationViews views,
      RequisitionViews requisitionViews,
      AuditTrail audit) {
    this.interviews = interviews;
    this.pipeline = pipeline;
    this.candidates = candidates;
    this.blueprints = blueprints;
    this.accounts = accounts;
    this.access = access;
    this.views = views;
    this.requisitionViews = requisitionViews;
    this.audit = audit;
  }

  /** Schedules an interview of the application at one of its stages. */
  public InterviewView schedule(Caller caller, long applicationId, InterviewCommand command) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    rights.requireRuns(requisition);
    InterviewCommand c = command == null ? new InterviewCommand(null, null, null) : command;
    HiringTerms terms = new HiringTerms();
    Optional<Integer> stage = requisition.pipeline().indexOf(c.stage());
    if (stage.isEmpty()) {
      terms.problem(
          "stage",
          c.stage(),
          "is not a stage of this requisition; use one of "
              + String.join(", ", requisition.pipeline().names()));
    }
    List<String> interviewers = interviewers(terms, c.interviewers());
    Instant at = terms.instant("scheduledAt", c.scheduledAt());
    terms.check();
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.RECRUIT));
    RequisitionService.refuseIf(application.whyNot(ApplicationAction.INTERVIEW));
    Interview interview =
        new Interview(
            applicationId,
            requisition.pipeline().stage(stage.get()).name(),
            interviewers,
            at,
            caller.username(),
            Instant.now());
    interviews.add(interview);
    interviews.flush();
    audit.record(
        caller,
        SUBJECT + ".scheduled",
        PipelineService.SUBJECT,
        Long.toString(applicationId),
        "Interview "
            + interview.id()
            + " ("
            + interview.stageName()
            + ") at "
            + at
            + " with "
            + String.join(", ", interviewers)
            + ".");
    return ApplicationViews.interview(interview, List.of());
  }

  /** The interview kit of the application, for whoever may see it. */
  public InterviewKitView kit(Caller caller, long applicationId) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    BlueprintRevision revision = revision(requisition);
    InterviewKit kit = InterviewKit.of(revision);
    List<InterviewKitView.Scale> scale = new ArrayList<>();
    for (int r = RatingScale.MIN; r <= RatingScale.MAX; r++) {
      scale.add(new InterviewKitView.Scale(r, RatingScale.label(r)));
    }
    return new InterviewKitView(
        applicationId,
        requisition.id(),
        revision.title(),
        revision.number(),
        scale,
        items(kit, KitItemKind.DIMENSION),
        items(kit, KitItemKind.SKILL));
  }

  /**
   * Submits the caller's scorecard for an interview of the application, or changes the one they
   * submitted (an edit, audited with what changed).
   */
  public ScorecardView submit(Caller caller, long applicationId, ScorecardCommand command) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    List<Interview> own =
        interviews.ofApplication(applicationId).stream()
            .filter(i -> i.isAssigned(caller.username()))
            .toList();
    if (own.isEmpty()) {
      rights.requireSees(application, requisition);
      throw new AccessDeniedException(
          "Scorecards are filled by the interviewers of the application; you are not one of"
              + " them.");
    }
    ScorecardCommand c = command == null ? new ScorecardCommand(null, null, null, null) : command;
    HiringTerms terms = new HiringTerms();
    Interview interview = interview(terms, own, c.interviewId());
    InterviewKit kit = InterviewKit.of(revision(requisition));
    ScorecardSheet sheet = sheet(terms, c);
    terms.check();
    terms.addAll(sheet.problems(kit));
    terms.check();
    Instant now = Instant.now();
    Optional<Scorecard> existing = interviews.scorecard(interview.id(), caller.username());
    Scorecard scorecard;
    if (existing.isPresent()) {
      scorecard = existing.get();
      String changes = scorecard.revise(kit, sheet, now);
      if (!changes.isEmpty()) {
        audit.record(
            caller,
            "scorecard.edited",
            PipelineService.SUBJECT,
            Long.toString(applicationId),
            "Scorecard " + scorecard.id() + " changed after submission: " + changes + ".");
      }
    } else {
      scorecard = Scorecard.submit(interview, caller.username(), kit, sheet, now);
      interviews.add(scorecard);
      interviews.flush();
      audit.record(
          caller,
          "scorecard.submitted",
          PipelineService.SUBJECT,
          Long.toString(applicationId),
          "Scorecard "
              + scorecard.id()
              + " for interview "
              + interview.id()
              + ": "
              + scorecard.recommendation().label()
              + ".");
    }
    return view(scorecard, interview);
  }

  /** The application's scorecards the caller may read, blind until they have scored. */
  public ScorecardsView scorecards(Caller caller, long applicationId) {
    HiringAccess.Rights rights = access.of(caller);
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    rights.requireSees(application, requisition);
    List<Interview> all = interviews.ofApplication(applicationId);
    BlindReview.Visible visible =
        BlindReview.of(
            caller.username(),
            rights.reviews(requisition),
            all,
            interviews.scorecards(applicationId),
            Instant.now());
    return new ScorecardsView(
        visible.scorecards().stream()
            .map(
                s ->
                    view(
                        s,
                        all.stream()
                            .filter(i -> i.id() == s.interviewId())
                            .findFirst()
                            .orElseThrow()))
            .toList(),
        visible.hidden(),
        visible.why());
  }

  /** The caller's interviews, soonest first. */
  public List<InterviewRow> mine(Caller caller) {
    List<InterviewRow> rows = new ArrayList<>();
    Map<Long, BlueprintName> names = requisitionViews.names();
    for (Interview interview : interviews.assignedTo(caller.username())) {
      Application application = pipeline.application(interview.applicationId());
      Requisition requisition = pipeline.requisition(application.requisitionId());
      rows.add(
          new InterviewRow(
              interview.id(),
              application.id(),
              candidates.find(application.candidateId()).orElseThrow().name(),
              RequisitionViews.title(names, requisition.blueprintId()),
              interview.stageName(),
              interview.scheduledAt(),
              interviews.scorecard(interview.id(), caller.username()).isPresent()));
    }
    return rows;
  }

  private BlueprintRevision revision(Requisition requisition) {
    return blueprints
        .find(requisition.blueprintId())
        .orElseThrow()
        .revision(requisition.blueprintRevision());
  }

  /** The named interview among the caller's, or their only one. */
  private static Interview interview(HiringTerms terms, List<Interview> own, Long id) {
    if (id == null) {
      if (own.size() == 1) {
        return own.get(0);
      }
      terms.problem(
          "interviewId",
          null,
          "you interview this application more than once; name the interview, one of "
              + own.stream().map(i -> i.id() + " (" + i.stageName() + ")").toList());
      return own.get(0);
    }
    return own.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseGet(
            () -> {
              terms.problem("interviewId", id, "is not one of your interviews of this application");
              return own.get(0);
            });
  }

  private static ScorecardSheet sheet(HiringTerms terms, ScorecardCommand c) {
    List<ScorecardSheet.Entry> entries = new ArrayList<>();
    List<ScorecardCommand.Entry> given = c.ratings() == null ? List.of() : c.ratings();
    for (int i = 0; i < given.size(); i++) {
      ScorecardCommand.Entry e = given.get(i);
      KitItemKind kind =
          e == null
              ? null
              : terms.choice("ratings[" + i + "].kind", e.kind(), KitItemKind.class, true);
      entries.add(
          new ScorecardSheet.Entry(
              kind, e == null ? null : e.item(), e == null ? null : e.rating()));
    }
    Recommendation recommendation =
        terms.choice("recommendation", c.recommendation(), Recommendation.class, true);
    return new ScorecardSheet(entries, c.notes(), recommendation);
  }

  /** The interviewers named, each a user of Cadre who is an employee. */
  private List<String> interviewers(HiringTerms terms, List<String> usernames) {
    if (usernames == null || usernames.isEmpty()) {
      terms.problem("interviewers", "[]", "name at least one interviewer by username");
      return List.of();
    }
    if (usernames.size() > Interview.MAX_INTERVIEWERS) {
      terms.problem(
          "interviewers", usernames.size() + " names", "at most " + Interview.MAX_INTERVIEWERS);
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < usernames.size(); i++) {
      String name = usernames.get(i);
      Optional<UserAccount> account =
          name == null ? Optional.empty() : accounts.findByUsername(name.strip());
      if (account.isEmpty() || !account.get().isEnabled()) {
        terms.problem("interviewers[" + i + "]", name, "is not a user of Cadre");
      } else if (account.get().employeeNumber().isEmpty()) {
        terms.problem(
            "interviewers[" + i + "]",
            name,
            "is not linked to an employee; interviewers are people of the organisation");
      } else {
        found.add(account.get().username());
      }
    }
    return found;
  }

  private static List<InterviewKitView.Item> items(InterviewKit kit, KitItemKind kind) {
    return kit.items().stream().filter(i -> i.kind() == kind).map(InterviewService::item).toList();
  }

  private static InterviewKitView.Item item(KitItem item) {
    return new InterviewKitView.Item(
        item.kind().name(),
        item.name(),
        item.description(),
        item.anchors().entrySet().stream()
            .map(e -> new InterviewKitView.Anchor(e.getKey(), e.getValue()))
            .toList(),
        item.requiredLevel());
  }

  static ScorecardView view(Scorecard s, Interview interview) {
    return new ScorecardView(
        s.id(),
        s.interviewId(),
        interview.stageName(),
        s.interviewer(),
        s.recommendation().name(),
        s.recommendation().label(),
        s.notes(),
        s.ratings().stream()
            .map(
                r ->
                    new ScorecardView.RatingView(
                        r.kind().name(),
                        r.item(),
                        r.rating(),
                        RatingScale.label(r.rating()),
                        r.requiredLevel()))
            .toList(),
        s.submittedAt(),
        s.updatedAt(),
        s.edits());
  }
}
