package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationAction;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.KitItemKind;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.OfferStatus;
import org.cadre.domain.hiring.OfferTerms;
import org.cadre.domain.hiring.Rating;
import org.cadre.domain.hiring.RatingScale;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.domain.people.Assessment;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.planning.PositionRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.UseCase;

/**
 * Hires the candidate of an accepted offer. An external candidate becomes an employee of the
 * requisition's unit on its blueprint and the offer's level and FTE, hired on the start date; an
 * internal one moves there now. Their skill ratings from the interviews become assessments (source
 * Interview) by {@link RatingScale}. The requisition and its position are filled: the plan counts
 * the hire as actual from the start date, and the requisition as open until then.
 */
@ApplicationScoped
@UseCase
public class HireService {

  private PipelineService pipeline;
  private OfferRepository offers;
  private CandidateService candidates;
  private InterviewRepository interviews;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private PositionRepository positions;
  private HiringAccess access;
  private AuditTrail audit;

  protected HireService() {
    // for CDI
  }

  @Inject
  public HireService(
      PipelineService pipeline,
      OfferRepository offers,
      CandidateService candidates,
      InterviewRepository interviews,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      PositionRepository positions,
      HiringAccess access,
      AuditTrail audit) {
    this.pipeline = pipeline;
    this.offers = offers;
    this.candidates = candidates;
    this.interviews = interviews;
    this.employees = employees;
    this.assessments = assessments;
    this.positions = positions;
    this.access = access;
    this.audit = audit;
  }

  public HireView hire(Caller caller, long applicationId) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("hire candidates");
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    RequisitionService.refuseIf(application.whyNot(ApplicationAction.HIRE));
    Offer offer =
        offers.ofApplication(applicationId).stream()
            .filter(o -> o.status() == OfferStatus.ACCEPTED)
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Application " + applicationId + " has no accepted offer to hire on."));
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.FILL));
    Candidate candidate = candidates.current(application.candidateId());
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    OfferTerms terms = offer.terms();
    Optional<Employee> internal = candidate.employeeNumber().flatMap(employees::find);
    String number;
    LocalDate effective;
    if (internal.isPresent()) {
      number = internal.get().number();
      effective = today;
      employees.update(List.of(moved(internal.get().record(), requisition, terms)), now);
    } else {
      number = newNumber(applicationId);
      effective = terms.startDate();
      employees.insert(List.of(joining(number, candidate.details(), requisition, terms)), now);
    }
    Employee employee = employees.find(number).orElseThrow();
    List<String> notSeeded = new ArrayList<>();
    int seeded = seed(employee.id(), interviews.scorecards(applicationId), today, notSeeded, now);
    application.hire(requisition.pipeline(), caller.username(), now);
    requisition.fill(number, effective, now);
    requisition.positionId().ifPresent(p -> positions.fill(p, number, effective));
    String details =
        (internal.isPresent() ? "Moved employee " : "Hired as employee ")
            + number
            + " into "
            + requisition.unitCode()
            + " from "
            + effective
            + "; "
            + seeded
            + " assessment(s) seeded from the interviews"
            + (notSeeded.isEmpty()
                ? "."
                : "; not linked to the catalogue: " + String.join(", ", notSeeded) + ".");
    audit.record(
        caller,
        PipelineService.SUBJECT + ".hired",
        PipelineService.SUBJECT,
        application.id().toString(),
        details);
    audit.record(
        caller,
        RequisitionService.SUBJECT + ".filled",
        RequisitionService.SUBJECT,
        requisition.id().toString(),
        details);
    audit.record(
        caller,
        internal.isPresent() ? "employee.moved" : "employee.hired",
        "employee",
        number,
        details);
    return new HireView(
        number,
        applicationId,
        requisition.id(),
        internal.isPresent(),
        effective,
        seeded,
        notSeeded);
  }

  /**
   * Seeds one assessment per rated competency: each interviewer's rating as a level against the
   * skill's required level, their levels combined; an assessment of the same day is replaced.
   */
  private int seed(
      long employeeId,
      List<Scorecard> scorecards,
      LocalDate on,
      List<String> notSeeded,
      Instant now) {
    Map<Long, List<Integer>> levels = new LinkedHashMap<>();
    Set<String> unlinked = new TreeSet<>();
    for (Scorecard scorecard : scorecards) {
      for (Rating rating : scorecard.ratings()) {
        if (rating.kind() != KitItemKind.SKILL) {
          continue;
        }
        if (rating.competencyId() == null || rating.requiredLevel() == null) {
          unlinked.add(rating.item());
          continue;
        }
        levels
            .computeIfAbsent(rating.competencyId(), c -> new ArrayList<>())
            .add(RatingScale.level(rating.rating(), rating.requiredLevel()));
      }
    }
    notSeeded.addAll(unlinked);
    Set<Long> sameDay =
        assessments.forEmployee(employeeId).stream()
            .filter(a -> a.assessedOn().equals(on))
            .map(Assessment::competencyId)
            .collect(Collectors.toSet());
    List<AssessmentRecord> inserts = new ArrayList<>();
    List<AssessmentRecord> updates = new ArrayList<>();
    levels.forEach(
        (competency, found) -> {
          AssessmentRecord record =
              new AssessmentRecord(
                  employeeId,
                  competency,
                  RatingScale.combined(found),
                  on,
                  AssessmentSource.INTERVIEW);
          (sameDay.contains(competency) ? updates : inserts).add(record);
        });
    assessments.insert(inserts, now);
    assessments.update(updates, now);
    return inserts.size() + updates.size();
  }

  private static EmployeeRecord joining(
      String number, CandidateDetails person, Requisition requisition, OfferTerms terms) {
    return new EmployeeRecord(
        number,
        person.givenName(),
        person.familyName(),
        person.email(),
        requisition.unitCode(),
        requisition.blueprintId(),
        terms.level(),
        terms.fte(),
        terms.startDate(),
        null,
        null,
        terms.annualSalary());
  }

  private static EmployeeRecord moved(
      EmployeeRecord now, Requisition requisition, OfferTerms terms) {
    return new EmployeeRecord(
        now.number(),
        now.givenName(),
        now.familyName(),
        now.email(),
        requisition.unitCode(),
        requisition.blueprintId(),
        terms.level(),
        terms.fte(),
        now.hireDate(),
        null,
        now.location(),
        terms.annualSalary());
  }

  /** H and the application's number, e.g. H000123; a suffix when an import took it already. */
  private String newNumber(long applicationId) {
    String base = String.format("H%06d", applicationId);
    String number = base;
    for (int n = 2; employees.find(number).isPresent(); n++) {
      number = base + "-" + n;
    }
    return number;
  }
}
