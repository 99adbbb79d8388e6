package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationAction;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferAction;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.domain.hiring.StageMove;
import org.cadre.domain.org.OrgUnit;

/** Turns applications and offers into the views callers get, with what each caller may do. */
@ApplicationScoped
public class ApplicationViews {

  private CandidateRepository candidates;
  private InterviewRepository interviews;
  private OfferRepository offers;
  private RequisitionViews requisitionViews;

  protected ApplicationViews() {
    // for CDI
  }

  @Inject
  public ApplicationViews(
      CandidateRepository candidates,
      InterviewRepository interviews,
      OfferRepository offers,
      RequisitionViews requisitionViews) {
    this.candidates = candidates;
    this.interviews = interviews;
    this.offers = offers;
    this.requisitionViews = requisitionViews;
  }

  ApplicationView view(HiringAccess.Rights rights, Application a, Requisition r) {
    Candidate candidate = candidates.find(a.candidateId()).orElseThrow();
    Map<Long, BlueprintName> names = requisitionViews.names();
    OrgUnit unit = rights.scope().unit(r.unitCode());
    boolean runs = rights.runs(r);
    boolean recruiting = r.whyNot(RequisitionAction.RECRUIT).isEmpty();
    List<Interview> all = interviews.ofApplication(a.id());
    List<Scorecard> scorecards = interviews.scorecards(a.id());
    List<Offer> own = offers.ofApplication(a.id());
    boolean liveOffer = own.stream().anyMatch(o -> o.status().live());
    boolean accepted =
        own.stream().anyMatch(o -> o.status() == org.cadre.domain.hiring.OfferStatus.ACCEPTED);
    String me = rights.caller().username();
    Set<Long> mine =
        scorecards.stream()
            .filter(s -> s.interviewer().equals(me))
            .map(Scorecard::interviewId)
            .collect(Collectors.toSet());
    return new ApplicationView(
        a.id(),
        r.id(),
        RequisitionViews.title(names, r.blueprintId()),
        r.unitCode(),
        unit == null ? r.unitCode() : unit.name(),
        candidate.id(),
        candidate.name(),
        candidate.employeeNumber().isPresent(),
        candidate.source().label(),
        a.stageName(),
        a.stageIndex(),
        a.reportingStage().name(),
        a.status().name(),
        a.status().label(),
        a.outcomeReason().orElse(null),
        a.appliedAt(),
        a.stageEnteredAt(),
        a.closedAt().orElse(null),
        a.revision(),
        RequisitionViews.stages(r.pipeline().stages()),
        a.moves().stream().map(ApplicationViews::move).toList(),
        all.stream().map(i -> interview(i, scorecards)).toList(),
        rights.sees(r) ? own.stream().map(o -> offer(rights, o)).toList() : List.of(),
        all.stream()
            .filter(i -> i.isAssigned(me) && !mine.contains(i.id()))
            .map(Interview::id)
            .toList(),
        runs && recruiting && a.whyNot(ApplicationAction.MOVE).isEmpty(),
        runs && a.whyNot(ApplicationAction.REJECT).isEmpty(),
        runs && recruiting && a.whyNot(ApplicationAction.INTERVIEW).isEmpty(),
        rights.isHr() && recruiting && a.whyNot(ApplicationAction.OFFER).isEmpty() && !liveOffer,
        rights.isHr() && accepted && a.whyNot(ApplicationAction.HIRE).isEmpty());
  }

  static InterviewView interview(Interview i, List<Scorecard> scorecards) {
    List<String> submitted = new ArrayList<>();
    for (Scorecard s : scorecards) {
      if (s.interviewId() == i.id()) {
        submitted.add(s.interviewer());
      }
    }
    return new InterviewView(i.id(), i.stageName(), i.scheduledAt(), i.interviewers(), submitted);
  }

  OfferView offer(HiringAccess.Rights rights, Offer o) {
    boolean salaries = rights.seesSalaries();
    boolean asLeadership = rights.caller().has(Role.LEADERSHIP);
    return new OfferView(
        o.id(),
        o.applicationId(),
        o.requisitionId(),
        o.terms().level() == null ? null : o.terms().level().name(),
        o.terms().level() == null ? null : o.terms().level().label(),
        o.terms().fte(),
        o.terms().startDate(),
        salaries ? o.terms().annualSalary() : null,
        salaries ? o.ratePerFte().orElse(null) : null,
        o.needsLeadership(),
        o.status().name(),
        o.status().label(),
        o.hrApprovedBy().orElse(null),
        o.hrApprovedAt().orElse(null),
        o.leadershipApprovedBy().orElse(null),
        o.leadershipApprovedAt().orElse(null),
        o.decidedAt().orElse(null),
        o.reason().orElse(null),
        o.createdBy(),
        o.createdAt(),
        o.revision(),
        (rights.isHr() || asLeadership) && o.whyNotApprove(rights.isHr(), asLeadership).isEmpty(),
        rights.isHr() && o.whyNot(OfferAction.ACCEPT).isEmpty());
  }

  private static ApplicationView.Move move(StageMove m) {
    return new ApplicationView.Move(
        m.fromStage().orElse(null),
        m.toStage().orElse(null),
        m.outcome().map(Enum::name).orElse(null),
        m.reason().orElse(null),
        m.movedBy(),
        m.movedAt());
  }
}
