package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.ApplicationStatus;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;

/**
 * Candidates' personal data for HR: an export of everything about one candidate, and anonymising,
 * of one candidate or of all whose retention period ({@code cadre.hiring.retention-days}) has
 * passed since their last application ended. Anonymising removes the name, email, phone, links, CV
 * and interview notes; what the funnel counts stays.
 */
@ApplicationScoped
@UseCase
public class CandidateDataService {

  /** Candidates anonymised in one run at most; the next run takes the rest. */
  static final int RUN_LIMIT = 1000;

  private CandidateRepository candidates;
  private ApplicationRepository applications;
  private InterviewRepository interviews;
  private OfferRepository offers;
  private CandidateService candidateService;
  private PipelineService pipeline;
  private ApplicationViews views;
  private HiringAccess access;
  private HiringSettings settings;
  private AuditTrail audit;

  protected CandidateDataService() {
    // for CDI
  }

  @Inject
  public CandidateDataService(
      CandidateRepository candidates,
      ApplicationRepository applications,
      InterviewRepository interviews,
      OfferRepository offers,
      CandidateService candidateService,
      PipelineService pipeline,
      ApplicationViews views,
      HiringAccess access,
      HiringSettings settings,
      AuditTrail audit) {
    this.candidates = candidates;
    this.applications = applications;
    this.interviews = interviews;
    this.offers = offers;
    this.candidateService = candidateService;
    this.pipeline = pipeline;
    this.views = views;
    this.access = access;
    this.settings = settings;
    this.audit = audit;
  }

  /** Everything about the candidate (HR). */
  public CandidateExport export(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("export candidates' data");
    Candidate candidate = find(id);
    List<CandidateExport.ApplicationRecord> records = new ArrayList<>();
    for (Application application : applications.ofCandidate(id)) {
      Requisition requisition = pipeline.requisition(application.requisitionId());
      List<Interview> all = interviews.ofApplication(application.id());
      records.add(
          new CandidateExport.ApplicationRecord(
              views.view(rights, application, requisition),
              interviews.scorecards(application.id()).stream()
                  .map(s -> InterviewService.view(s, interview(all, s)))
                  .toList(),
              offers.ofApplication(application.id()).stream()
                  .map(o -> views.offer(rights, o))
                  .toList()));
    }
    audit.record(
        caller,
        CandidateService.SUBJECT + ".exported",
        CandidateService.SUBJECT,
        Long.toString(id),
        "Exported with " + records.size() + " application(s).");
    return new CandidateExport(Instant.now(), candidateService.view(rights, candidate), records);
  }

  /** Removes one candidate's personal data now (HR); refused while an application is active. */
  public CandidateView anonymise(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("anonymise candidates");
    Candidate candidate = find(id);
    if (applications.ofCandidate(id).stream()
        .anyMatch(a -> a.status() == ApplicationStatus.ACTIVE)) {
      throw new ConflictException(
          "Candidate " + id + " has an active application; end it before anonymising them.");
    }
    anonymise(caller, candidate, "Anonymised on request.");
    return candidateService.view(rights, candidate);
  }

  /** Anonymises every candidate whose retention period has passed (HR). */
  public AnonymisedView anonymiseExpired(Caller caller) {
    access.of(caller).requireHr("anonymise candidates");
    int days = settings.retentionDays();
    Instant cutoff = Instant.now().minus(Duration.ofDays(days));
    List<Long> ids = candidates.pastRetention(cutoff, RUN_LIMIT);
    for (long id : ids) {
      anonymise(caller, find(id), "Anonymised: no application for " + days + " days.");
    }
    return new AnonymisedView(days, ids);
  }

  private void anonymise(Caller caller, Candidate candidate, String why) {
    candidate.anonymise(Instant.now());
    candidates.deleteCv(candidate.id());
    for (Application application : applications.ofCandidate(candidate.id())) {
      interviews.scorecards(application.id()).forEach(Scorecard::clearNotes);
    }
    audit.record(
        caller,
        CandidateService.SUBJECT + ".anonymised",
        CandidateService.SUBJECT,
        candidate.id().toString(),
        why);
  }

  private static Interview interview(List<Interview> all, Scorecard scorecard) {
    return all.stream().filter(i -> i.id() == scorecard.interviewId()).findFirst().orElseThrow();
  }

  private Candidate find(long id) {
    return candidates
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no candidate " + id + "."));
  }
}
