package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewKit;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.PipelineStage;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionDraft;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.hiring.StageTemplate;
import org.cadre.domain.hiring.StageTemplateRepository;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.hiring.GapView;
import org.cadre.services.hiring.HireService;
import org.cadre.services.hiring.RequisitionService;
import org.cadre.services.planning.PlanningData;

/**
 * Demo hiring: the interviewer logins, a pipeline template for the Data family, requisitions for
 * the plan's gaps in every division (approved over the last six months), about 150 candidates whose
 * applications moved through the stages since, with interviews, scorecards and offers accepted and
 * declined, a few duplicates for HR to merge, and a few hires.
 */
@ApplicationScoped
class DemoHiring implements DemoStep {

  /** The demo interviewers: portal users who are employees and manage no unit. */
  static final Map<String, String> INTERVIEWERS =
      Map.of("interviewer", "ENG-PLAT-SRE", "interviewer2", "ENG-PLAT-INFRA");

  static final int CANDIDATES = 150;
  private static final int PER_DIVISION = 3;
  private static final int HIRES = 4;
  private static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));

  private UserDirectory directory;
  private UserAccountRepository accounts;
  private OrgUnitRepository units;
  private EmployeeRepository employees;
  private RoleBlueprintRepository blueprints;
  private StageTemplateRepository templates;
  private RequisitionRepository requisitions;
  private CandidateRepository candidates;
  private ApplicationRepository applications;
  private InterviewRepository interviews;
  private OfferRepository offers;
  private RequisitionService requisitionService;
  private HireService hires;
  private PlanningData data;
  private AuditTrail audit;

  protected DemoHiring() {
    // for CDI
  }

  @Inject
  DemoHiring(
      UserDirectory directory,
      UserAccountRepository accounts,
      OrgUnitRepository units,
      EmployeeRepository employees,
      RoleBlueprintRepository blueprints,
      StageTemplateRepository templates,
      RequisitionRepository requisitions,
      CandidateRepository candidates,
      ApplicationRepository applications,
      InterviewRepository interviews,
      OfferRepository offers,
      RequisitionService requisitionService,
      HireService hires,
      PlanningData data,
      AuditTrail audit) {
    this.directory = directory;
    this.accounts = accounts;
    this.units = units;
    this.employees = employees;
    this.blueprints = blueprints;
    this.templates = templates;
    this.requisitions = requisitions;
    this.candidates = candidates;
    this.applications = applications;
    this.interviews = interviews;
    this.offers = offers;
    this.requisitionService = requisitionService;
    this.hires = hires;
    this.data = data;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "hiring";
  }

  /** After the headcount plans, whose gaps the requisitions are for. */
  @Override
  public int order() {
    return 500;
  }

  @Override
  public void apply(Caller caller) {
    Random random = new Random(2031);
    Instant now = Instant.now();
    List<String> panel = new ArrayList<>(interviewers(caller));
    panel.add(DemoUsers.MANAGER);
    templates.add(
        new StageTemplate(
            "Data",
            Pipeline.of(
                List.of(
                    new PipelineStage("Applied", ReportingStage.APPLIED),
                    new PipelineStage("Screen", ReportingStage.SCREEN),
                    new PipelineStage("Take-home exercise", ReportingStage.INTERVIEW),
                    new PipelineStage("Technical interview", ReportingStage.INTERVIEW),
                    new PipelineStage("Panel", ReportingStage.FINAL),
                    new PipelineStage("Offer", ReportingStage.OFFER),
                    new PipelineStage("Hired", ReportingStage.HIRED))),
            "hr",
            now.minus(Duration.ofDays(200))));
    templates.flush();
    List<Requisition> opened = requisitions(caller, random, now);
    List<CandidateDetails> people = DemoCandidates.people(CANDIDATES, random);
    List<Long> accepted = new ArrayList<>();
    int next = 0;
    for (int r = 0; r < opened.size(); r++) {
      Requisition requisition = opened.get(r);
      int share = (CANDIDATES - next) / (opened.size() - r);
      DemoJourneys journeys =
          new DemoJourneys(
              random,
              now,
              InterviewKit.of(
                  blueprints
                      .find(requisition.blueprintId())
                      .orElseThrow()
                      .revision(requisition.blueprintRevision())),
              panel,
              data.costs()
                  .rate(requisition.blueprintId(), requisition.level().orElse(null))
                  .orElse(null));
      for (int i = 0; i < share && next < people.size(); i++) {
        Long hired = apply(requisition, people.get(next++), journeys, random, now);
        if (hired != null) {
          accepted.add(hired);
        }
      }
    }
    duplicates(people, now);
    for (Long application : accepted.subList(0, Math.min(HIRES, accepted.size()))) {
      hires.hire(HR, application);
    }
  }

  /** The interviewer logins, each linked to an employee of their team who manages nothing. */
  private List<String> interviewers(Caller caller) {
    List<String> usernames = new ArrayList<>();
    Set<String> managers = new java.util.HashSet<>();
    units.all().forEach(u -> managers.add(u.managerNumber()));
    INTERVIEWERS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            login -> {
              Employee employee =
                  employees.all().stream()
                      .filter(e -> e.unitCode().equals(login.getValue()))
                      .filter(e -> !managers.contains(e.number()))
                      .findFirst()
                      .orElse(null);
              if (employee == null) {
                return;
              }
              directory.createUser(
                  caller, login.getKey(), DemoUsers.PASSWORD.toCharArray(), Set.of(Role.MANAGER));
              UserAccount account = accounts.findByUsername(login.getKey()).orElseThrow();
              account.linkToEmployee(employee.number());
              audit.record(
                  caller,
                  "user.linked",
                  "user",
                  account.username(),
                  "employee " + employee.number() + ", interviewer in " + login.getValue());
              usernames.add(login.getKey());
            });
    return usernames;
  }

  /**
   * Requisitions for seats with a whole seat of gap in the coming quarters, a few per division,
   * approved and opened over the last six months; one division's last one was put on hold for a
   * while, and one requisition was cancelled.
   */
  private List<Requisition> requisitions(Caller caller, Random random, Instant now) {
    LocalDate today = LocalDate.now();
    Quarter current = Quarter.containing(today);
    List<Quarter> quarters = Quarter.range(current, current.next().next().next());
    Map<Quarter, QuarterFigures> figures = data.figures(Scenarios.BASELINE, null, quarters);
    List<OrgUnit> all = units.all();
    Map<String, String> parents = new LinkedHashMap<>();
    all.forEach(u -> parents.put(u.code(), u.parentCode()));
    OrgTree tree = new OrgTree(parents);
    List<Requisition> opened = new ArrayList<>();
    for (OrgUnit division : all) {
      if (division.parentCode() != null) {
        continue;
      }
      int made = 0;
      for (Quarter quarter : quarters) {
        for (String unit : tree.subtree(division.code())) {
          for (Map.Entry<SeatKey, SeatFigures> seat : figures.get(quarter).seats(unit).entrySet()) {
            if (made < PER_DIVISION && seat.getValue().gap().compareTo(BigDecimal.ONE) >= 0) {
              Requisition requisition = requisition(seat.getKey(), quarter, random, now);
              if (requisition != null) {
                opened.add(requisition);
                made++;
              }
            }
          }
        }
      }
    }
    if (opened.size() > 2) {
      Requisition held = opened.get(1);
      held.hold(held.openedAt().orElseThrow().plus(Duration.ofDays(9)));
      held.reopen(held.openedAt().orElseThrow().plus(Duration.ofDays(21)));
      Requisition cancelled = opened.remove(opened.size() - 1);
      Instant when = cancelled.openedAt().orElseThrow().plus(Duration.ofDays(12));
      cancelled.cancel(
          "The team's growth moved to next year", when, LocalDate.ofInstant(when, ZoneOffset.UTC));
    }
    requisitions.flush();
    opened.forEach(
        r ->
            audit.record(
                caller,
                "requisition.created",
                "requisition",
                r.id().toString(),
                "Demo requisition for " + r.unitCode() + ", approved and opened."));
    return opened;
  }

  /** A requisition for the seat's gap, within the plan, on its free position, or none. */
  private Requisition requisition(SeatKey seat, Quarter quarter, Random random, Instant now) {
    GapView gap =
        requisitionService.gap(
            HR,
            seat.unitCode(),
            seat.blueprintId(),
            seat.level() == null ? null : seat.level().name(),
            quarter.toString());
    if (!gap.withinPlan() || gap.positionId() == null) {
      return null;
    }
    Instant approved = now.minus(Duration.ofDays(30 + random.nextInt(150)));
    Requisition requisition =
        Requisition.draft(
            new RequisitionDraft(
                seat.unitCode(),
                seat.blueprintId(),
                blueprints
                    .find(seat.blueprintId())
                    .orElseThrow()
                    .publishedRevision()
                    .orElseThrow()
                    .number(),
                seat.level(),
                gap.positionId(),
                BigDecimal.ONE,
                quarter.start(),
                DemoUsers.MANAGER,
                "hr",
                null,
                true),
            DemoUsers.MANAGER,
            approved.minus(Duration.ofDays(2)));
    requisition.approve("leader", true, approved, LocalDate.ofInstant(approved, ZoneOffset.UTC));
    Pipeline pipeline =
        templates
            .find(blueprints.find(seat.blueprintId()).orElseThrow().latestRevision().family())
            .map(StageTemplate::pipeline)
            .orElse(Pipeline.DEFAULT);
    requisition.open(pipeline, approved.plus(Duration.ofDays(1)));
    requisitions.add(requisition);
    requisitions.flush();
    return requisition;
  }

  /**
   * One candidate's application and its journey, stored with its interviews and offer.
   *
   * @return the application's id when its offer was accepted, else null
   */
  private Long apply(
      Requisition requisition,
      CandidateDetails person,
      DemoJourneys journeys,
      Random random,
      Instant now) {
    Instant opened = requisition.openedAt().orElseThrow();
    long span = Math.max(1, Duration.between(opened, now).toHours() - 24);
    Instant applied = opened.plus(Duration.ofHours((long) (random.nextDouble() * span)));
    Candidate candidate = Candidate.of(person, "hr", applied);
    candidates.add(candidate);
    candidates.flush();
    Application application =
        Application.apply(requisition.id(), candidate.id(), requisition.pipeline(), "hr", applied);
    applications.add(application);
    applications.flush();
    DemoJourneys.Outcome outcome =
        journeys.walk(application, requisition, requisition.acceptedAt().isEmpty());
    for (DemoJourneys.Meeting meeting : outcome.meetings()) {
      Interview interview = journeys.interview(application, meeting);
      interviews.add(interview);
      interviews.flush();
      boolean recent = meeting.at().isAfter(now.minus(Duration.ofDays(2)));
      for (String interviewer : interview.interviewers()) {
        boolean scored = !recent || !interviewer.startsWith("interviewer");
        if (scored && meeting.at().plus(Duration.ofHours(20)).isBefore(now)) {
          interviews.add(journeys.score(interview, interviewer, outcome.quality()));
        }
      }
    }
    if (outcome.offer() != null) {
      offers.add(outcome.offer());
    }
    if (outcome.accepted()) {
      requisition.offerAccepted(outcome.offer().decidedAt().orElseThrow());
      return application.id();
    }
    return null;
  }

  /** A few people entered a second time, e.g. met again at a job fair. */
  private void duplicates(List<CandidateDetails> people, Instant now) {
    for (int n = 0; n < 4; n++) {
      candidates.add(
          Candidate.of(
              DemoCandidates.duplicateOf(people.get(n * 11 + 3), n),
              "hr",
              now.minus(Duration.ofDays(3 + n))));
    }
    candidates.flush();
  }
}
