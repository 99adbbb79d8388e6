package org.cadre.services.testing;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.cadre.domain.competency.StaleRule;
import org.cadre.persistence.access.JpaApiTokenRepository;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.audit.JpaAuditLog;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.competency.JdbcCoverageRepository;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.hiring.JdbcHiringFacts;
import org.cadre.persistence.hiring.JdbcOpenRequisitions;
import org.cadre.persistence.hiring.JpaApplicationRepository;
import org.cadre.persistence.hiring.JpaCandidateRepository;
import org.cadre.persistence.hiring.JpaInterviewRepository;
import org.cadre.persistence.hiring.JpaOfferRepository;
import org.cadre.persistence.hiring.JpaRequisitionRepository;
import org.cadre.persistence.imports.JdbcImportStagingRepository;
import org.cadre.persistence.imports.JpaImportRunRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JdbcWorkforceHistory;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.planning.JdbcPlanningRatesRepository;
import org.cadre.persistence.planning.JdbcPositionRepository;
import org.cadre.persistence.planning.JpaHeadcountPlanRepository;
import org.cadre.persistence.planning.JpaScenarioRepository;
import org.cadre.persistence.reporting.JdbcReportRuns;
import org.cadre.persistence.reporting.JdbcReportSchedules;
import org.cadre.services.access.AccountChanged;
import org.cadre.services.access.ApiTokens;
import org.cadre.services.access.RecordedEvents;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.blueprint.BlueprintImportService;
import org.cadre.services.blueprint.BlueprintImporting;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.competency.CompetencyCatalogue;
import org.cadre.services.competency.CompetencyData;
import org.cadre.services.competency.CompetencyService;
import org.cadre.services.competency.CompetencySettings;
import org.cadre.services.competency.CoverageService;
import org.cadre.services.competency.ReadinessService;
import org.cadre.services.competency.RequirementService;
import org.cadre.services.hiring.ApplicationViews;
import org.cadre.services.hiring.CandidateService;
import org.cadre.services.hiring.HiringAccess;
import org.cadre.services.hiring.HiringMetricsService;
import org.cadre.services.hiring.PipelineService;
import org.cadre.services.hiring.RequisitionViews;
import org.cadre.services.imports.ImportApplier;
import org.cadre.services.imports.ImportSettings;
import org.cadre.services.imports.ImportStager;
import org.cadre.services.imports.ReferenceLoader;
import org.cadre.services.people.OrgScopes;
import org.cadre.services.people.OrganisationService;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.PlanConflicts;
import org.cadre.services.planning.PlanViews;
import org.cadre.services.planning.PlanningData;
import org.cadre.services.planning.PlanningPageService;
import org.cadre.services.planning.PlanningRatesService;
import org.cadre.services.planning.PlanningService;
import org.cadre.services.planning.PlanningTerms;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.reporting.PackHiring;
import org.cadre.services.reporting.PackRequests;
import org.cadre.services.reporting.PackSections;
import org.cadre.services.reporting.PackSkills;
import org.cadre.services.reporting.ReportSchedules;
import org.cadre.services.reporting.ReportSettings;
import org.cadre.services.reporting.WorkforcePackAssembler;

/**
 * Cadre's services wired by hand over one entity manager, as the container wires them in the
 * server, for the tests and benchmarks that run them outside it: every call runs in the entity
 * manager's transaction (see {@code JpaTestContext.inTransaction}), without CDI proxies or JTA. The
 * one place that knows each service's collaborators outside the server.
 */
public final class Services {

  private final EntityManager em;

  private Services(EntityManager em) {
    this.em = em;
  }

  public static Services on(EntityManager em) {
    return new Services(em);
  }

  public AuditTrail audit() {
    return new AuditTrail(new JpaAuditLog(em));
  }

  /**
   * @param changes where the directory announces account changes, e.g. {@code new
   *     RecordedEvents<>()}
   */
  public UserDirectory users(Event<AccountChanged> changes) {
    return new UserDirectory(new JpaUserAccountRepository(em), audit(), changes);
  }

  public ApiTokens apiTokens() {
    return new ApiTokens(new JpaApiTokenRepository(em), new JpaUserAccountRepository(em), audit());
  }

  public OrgScopes scopes() {
    return new OrgScopes(new JpaOrgUnitRepository(em));
  }

  public BlueprintService blueprints() {
    return new BlueprintService(new JpaRoleBlueprintRepository(em), audit());
  }

  public BlueprintImportService blueprintImport(ImportSettings settings) {
    return new BlueprintImportService(
        new BlueprintImporting(
            new JpaRoleBlueprintRepository(em),
            new CompetencyCatalogue(new JpaCompetencyRepository(em)),
            audit()),
        settings);
  }

  public CompetencyService competencies() {
    return new CompetencyService(new JpaCompetencyRepository(em), audit());
  }

  public OrganisationService organisation() {
    return new OrganisationService(
        scopes(),
        new JpaEmployeeRepository(em),
        new JpaAssessmentRepository(em),
        new JpaRoleBlueprintRepository(em),
        new JpaCompetencyRepository(em),
        competencyData());
  }

  /** What the competency services read, with the default stale setting. */
  public CompetencyData competencyData() {
    return new CompetencyData(
        new JdbcCoverageRepository(em), new CompetencySettings(StaleRule.DEFAULT_MONTHS));
  }

  public CoverageService coverage() {
    return new CoverageService(scopes(), competencyData(), new JpaEmployeeRepository(em));
  }

  public ReadinessService readiness() {
    return new ReadinessService(scopes(), competencyData(), new JpaRoleBlueprintRepository(em));
  }

  public RequirementService requirements() {
    return new RequirementService(new JpaRoleBlueprintRepository(em), competencyData(), audit());
  }

  public PlanningTerms planningTerms() {
    return new PlanningTerms(new JpaScenarioRepository(em));
  }

  public PlanningData planningData() {
    return new PlanningData(
        new JpaHeadcountPlanRepository(em),
        new JpaEmployeeRepository(em),
        new JdbcOpenRequisitions(em),
        new JdbcPlanningRatesRepository(em),
        new JpaRoleBlueprintRepository(em));
  }

  public PlanViews planViews() {
    return new PlanViews(
        new JpaHeadcountPlanRepository(em),
        new JdbcPositionRepository(em),
        new JdbcPlanningRatesRepository(em),
        planningData(),
        new JpaAuditLog(em));
  }

  public PlanningService planning() {
    JpaHeadcountPlanRepository plans = new JpaHeadcountPlanRepository(em);
    return new PlanningService(
        plans,
        new JdbcPositionRepository(em),
        new JpaRoleBlueprintRepository(em),
        scopes(),
        planningTerms(),
        planViews(),
        audit(),
        new PlanConflicts(plans, new JpaAuditLog(em)));
  }

  public HeadcountService headcount() {
    return new HeadcountService(
        scopes(),
        planningData(),
        planningTerms(),
        new JpaHeadcountPlanRepository(em),
        new JdbcPlanningRatesRepository(em));
  }

  public ScenarioService scenarios() {
    return new ScenarioService(
        new JpaScenarioRepository(em),
        new JpaHeadcountPlanRepository(em),
        scopes(),
        planningTerms(),
        planningData(),
        audit());
  }

  public PlanningPageService planningPages() {
    return new PlanningPageService(
        scopes(), planningTerms(), planningData(), planViews(), headcount(), scenarios());
  }

  public PlanningRatesService planningRates() {
    return new PlanningRatesService(
        new JdbcPlanningRatesRepository(em), scopes(), planningTerms(), planningData(), audit());
  }

  public WorkforcePackAssembler workforcePacks() {
    return new WorkforcePackAssembler(
        scopes(),
        headcount(),
        planningTerms(),
        planningData(),
        new JdbcWorkforceHistory(em),
        new PackSections(
            scenarios(), new JpaHeadcountPlanRepository(em), new JpaRoleBlueprintRepository(em)),
        new PackSkills(coverage(), readiness(), new JpaRoleBlueprintRepository(em)),
        new PackHiring(hiringMetrics()));
  }

  public PackRequests packRequests() {
    return new PackRequests(planningTerms(), new JpaScenarioRepository(em));
  }

  public ReportSchedules reportSchedules(ReportSettings settings) {
    return new ReportSchedules(
        new JdbcReportSchedules(em),
        new JdbcReportRuns(em),
        packRequests(),
        workforcePacks(),
        users(new RecordedEvents<>()),
        settings,
        audit());
  }

  public ReferenceLoader referenceLoader() {
    return new ReferenceLoader(
        new JpaOrgUnitRepository(em),
        new JpaEmployeeRepository(em),
        new JpaAssessmentRepository(em),
        new JpaRoleBlueprintRepository(em),
        new JpaCompetencyRepository(em),
        new JpaImportRunRepository(em),
        new JpaCandidateRepository(em));
  }

  public ImportStager importStager() {
    return new ImportStager(new JdbcImportStagingRepository(em));
  }

  public ImportApplier importApplier() {
    return new ImportApplier(
        new JdbcImportStagingRepository(em), new JpaImportRunRepository(em), audit());
  }

  public HiringAccess hiringAccess() {
    return new HiringAccess(scopes(), new JpaInterviewRepository(em));
  }

  public HiringMetricsService hiringMetrics() {
    return new HiringMetricsService(
        new JdbcHiringFacts(em), hiringAccess(), planningData(), planningTerms());
  }

  public CandidateService candidates() {
    return new CandidateService(
        new JpaCandidateRepository(em),
        new JpaApplicationRepository(em),
        new JpaRequisitionRepository(em),
        new JpaEmployeeRepository(em),
        hiringAccess(),
        new RequisitionViews(planningData()),
        audit());
  }

  public PipelineService pipeline() {
    RequisitionViews requisitionViews = new RequisitionViews(planningData());
    return new PipelineService(
        new JpaRequisitionRepository(em),
        new JpaApplicationRepository(em),
        new JpaOfferRepository(em),
        candidates(),
        hiringAccess(),
        requisitionViews,
        new ApplicationViews(
            new JpaCandidateRepository(em),
            new JpaInterviewRepository(em),
            new JpaOfferRepository(em),
            requisitionViews),
        audit());
  }
}
