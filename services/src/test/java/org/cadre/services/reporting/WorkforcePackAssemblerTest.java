package org.cadre.services.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleKey;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.reports.workforce.BridgeRow;
import org.cadre.reports.workforce.PackFigures;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.QuarterTotals;
import org.cadre.reports.workforce.SkillsSection;
import org.cadre.reports.workforce.UnitPage;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.competency.CompetencyCoverageView;
import org.cadre.services.competency.CoverageView;
import org.cadre.services.demo.DemoFixture;
import org.cadre.services.planning.HeadcountView;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.ScenarioComparison;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workforce pack of the demo organisation, assembled as the server does, against the roll-up
 * API's own numbers for the same units, quarters and scenario.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class WorkforcePackAssemblerTest {

  static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));
  static final Caller MANAGER = new Caller("manager", EnumSet.of(Role.MANAGER));
  static final PackLabels ENGLISH = PackLabels.of(Locale.ENGLISH);

  private static JpaTestContext jpa;
  private static Quarter first;
  private static Quarter last;

  @Parameter DatabaseKind database;

  @BeforeParameterizedClassInvocation
  static void loadDemo(DatabaseKind database) {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    DemoFixture.load(jpa, true);
    first = Quarter.containing(LocalDate.now());
    last = first.next().next().next();
  }

  @AfterParameterizedClassInvocation
  static void closeDatabase() {
    jpa.close();
  }

  static ReportRequest request(String unit, String scenario, UnitDetail detail) {
    return new ReportRequest(
        ReportRequest.WORKFORCE, unit, first, last, scenario, detail, PackFormat.PDF, "en");
  }

  static WorkforcePack pack(Caller caller, ReportRequest request) {
    return jpa.inTransaction(
        em -> Services.on(em).workforcePacks().assemble(caller, request, ENGLISH));
  }

  private static HeadcountView rollUp(Caller caller, String unit, String scenario) {
    return jpa.inTransaction(
        em ->
            Services.on(em)
                .headcount()
                .rollUp(caller, unit, first.toString(), last.toString(), scenario));
  }

  private static void assertSame(PackFigures pack, PlanTotals api, String what) {
    assertThat(pack.plannedFte()).as(what + " planned").isEqualByComparingTo(api.plannedFte());
    assertThat(pack.actualFte()).as(what + " actual").isEqualByComparingTo(api.actualFte());
    assertThat(pack.openFte()).as(what + " open").isEqualByComparingTo(api.openRequisitions());
    assertThat(pack.gapFte()).as(what + " gap").isEqualByComparingTo(api.gap());
    assertThat(pack.plannedCost()).as(what + " cost").isEqualByComparingTo(api.annualCost());
    if (api.budget() == null) {
      assertThat(pack.budget()).as(what + " budget").isNull();
    } else {
      assertThat(pack.budget()).as(what + " budget").isEqualByComparingTo(api.budget());
    }
  }

  @Test
  void everyUnitPageHasTheRollUpApisNumbersForEachQuarter() {
    WorkforcePack pack = pack(HR, request(null, "baseline", UnitDetail.TEAMS));

    assertThat(pack.unitPages()).hasSize(4 + 8 + 16);
    for (UnitPage page : pack.unitPages()) {
      HeadcountView api = rollUp(HR, page.code(), "baseline");
      for (int q = 0; q < api.quarters().size(); q++) {
        QuarterTotals quarter = page.quarters().get(q);
        assertThat(quarter.quarter()).isEqualTo(api.quarters().get(q).period());
        assertSame(
            quarter.figures(),
            api.quarters().get(q).totals(),
            page.code() + " " + quarter.quarter());
      }
    }
  }

  @Test
  void aDivisionsSummaryIsItsRollUpAtTheLastQuarterAndItsCostsAddUp() {
    WorkforcePack pack = pack(HR, request("ENG", "baseline", UnitDetail.DEPARTMENTS));
    HeadcountView api = rollUp(HR, "ENG", "baseline");

    PackFigures summary = pack.summary().figures();
    assertThat(pack.summary().quarter()).isEqualTo(last.toString());
    assertSame(summary, api.quarters().get(3).totals(), "ENG");
    assertThat(summary.actualCost().add(summary.openCost()).add(summary.gapCost()))
        .isEqualByComparingTo(summary.plannedCost());
    assertThat(pack.unitPages())
        .extracting(UnitPage::code)
        .containsExactly("ENG-DATA", "ENG-PLAT", "ENG-PROD");
  }

  @Test
  void theWholeOrganisationSumsItsDivisions() {
    WorkforcePack pack = pack(HR, request(null, "baseline", UnitDetail.DEPARTMENTS));

    double planned =
        List.of("ENG", "OPS", "PNF", "PRD").stream()
            .mapToDouble(
                d ->
                    rollUp(HR, d, "baseline").quarters().get(3).totals().plannedFte().doubleValue())
            .sum();
    assertThat(pack.summary().figures().plannedFte().doubleValue()).isEqualTo(planned);
    assertThat(pack.chartUnits())
        .extracting(r -> r.code())
        .containsExactly("ENG", "OPS", "PNF", "PRD");
  }

  @Test
  void aManagersPackCoversTheirSubtreeOnlyAndIsRefusedOutsideIt() {
    // a pack of no unit is of the one unit the manager manages
    WorkforcePack own = pack(MANAGER, request(null, "baseline", UnitDetail.TEAMS));

    assertThat(own.cover().unitName()).isEqualTo("Platform");
    assertThat(own.unitPages())
        .extracting(UnitPage::code)
        .containsExactly("ENG-PLAT-DEVEX", "ENG-PLAT-INFRA", "ENG-PLAT-SEC", "ENG-PLAT-SRE");
    assertThat(own.summary().figures())
        .isEqualTo(
            pack(MANAGER, request("ENG-PLAT", "baseline", UnitDetail.TEAMS)).summary().figures());
    assertThatThrownBy(() -> pack(MANAGER, request("OPS", "baseline", UnitDetail.TEAMS)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theBridgeAddsUpQuarterByQuarterAgainstThePlan() {
    WorkforcePack pack = pack(HR, request(null, "baseline", UnitDetail.DEPARTMENTS));

    List<BridgeRow> rows = pack.bridge();
    assertThat(rows).hasSize(4);
    for (int i = 0; i < rows.size(); i++) {
      BridgeFigures f = rows.get(i).figures();
      assertThat(f.opening() + f.hires() - f.leavers() + f.movesIn() - f.movesOut())
          .isEqualTo(f.closing());
      assertThat(rows.get(i).plannedFte())
          .isEqualByComparingTo(pack.trend().get(i).figures().plannedFte());
      if (i > 0) {
        assertThat(f.opening()).isEqualTo(rows.get(i - 1).figures().closing());
      }
    }
    assertThat(rows.get(0).figures().closing()).isBetween(400, 450);
    assertThat(rows.get(3).forecast()).isTrue();
  }

  @Test
  void theLineageCountsTheNewestPlanVersionOfEveryTeamAndQuarter() {
    WorkforcePack pack = pack(HR, request(null, "baseline", UnitDetail.DEPARTMENTS));

    assertThat(pack.lineage().plans()).hasSize(16 * 4);
    assertThat(pack.cover().approvedPlans() + pack.cover().otherPlans()).isEqualTo(16 * 4);
    assertThat(pack.cover().approvedPlans()).isGreaterThanOrEqualTo(16);
    assertThat(pack.lineage().blueprints())
        .hasSize(pack.cover().blueprintRevisions())
        .hasSizeGreaterThan(30);
  }

  @Test
  void aScenarioPackCoversTheScenariosQuartersAndComparesThemAsTheScenarioServiceDoes() {
    // the demo scenario plans the three quarters after this one
    ReportRequest request =
        jpa.inTransaction(
            em ->
                Services.on(em)
                    .packRequests()
                    .read(
                        new WorkforcePackCommand(
                            null,
                            "ENG-PLAT",
                            first.toString(),
                            last.toString(),
                            "platform-growth",
                            "teams",
                            "pdf",
                            "en")));
    assertThat(request.first()).isEqualTo(first.next());
    assertThat(request.last()).isEqualTo(last);

    WorkforcePack pack = pack(MANAGER, request);
    ScenarioComparison api =
        jpa.inTransaction(
            em ->
                Services.on(em)
                    .scenarios()
                    .compare(
                        MANAGER,
                        "platform-growth",
                        "ENG-PLAT",
                        first.next().toString(),
                        last.toString()));

    assertThat(pack.scenario()).isNotNull();
    assertThat(pack.scenario().rows()).hasSize(api.deltas().size());
    assertThat(pack.scenario().rows()).noneMatch(row -> row.quarter().equals(first.toString()));
    assertThat(pack.scenario().deltaFte()).isEqualByComparingTo(api.deltaFte());
    assertThat(pack.scenario().deltaCost()).isEqualByComparingTo(api.deltaCost());
    assertThat(pack(MANAGER, request("ENG-PLAT", "baseline", UnitDetail.TEAMS)).scenario())
        .isNull();
  }

  @Test
  void aScenarioPackOfQuartersTheScenarioDoesNotPlanIsRefused() {
    assertThatThrownBy(
            () ->
                jpa.inTransaction(
                    em ->
                        Services.on(em)
                            .packRequests()
                            .read(
                                new WorkforcePackCommand(
                                    null,
                                    "ENG-PLAT",
                                    first.toString(),
                                    first.toString(),
                                    "platform-growth",
                                    null,
                                    null,
                                    null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scenario: the scenario plans " + first.next());
  }

  @Test
  void theLargestGapsAreSeatsStillToFindLargestFirst() {
    WorkforcePack pack = pack(HR, request(null, "baseline", UnitDetail.DEPARTMENTS));

    assertThat(pack.summary().largestGaps()).hasSizeLessThanOrEqualTo(5);
    assertThat(pack.summary().largestGaps()).allSatisfy(g -> assertThat(g.gapFte()).isPositive());
    assertThat(pack.summary().largestGaps())
        .extracting(g -> g.gapFte().doubleValue())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void theSkillsSectionHasTheCoverageApisNumbersForThePackAndEachTeam() {
    WorkforcePack pack = pack(HR, request("ENG-PLAT", Scenarios.BASELINE, UnitDetail.TEAMS));
    SkillsSection skills = pack.skills();
    assertThat(skills).isNotNull();

    CoverageView platform =
        jpa.inTransaction(em -> Services.on(em).coverage().unit(HR, "ENG-PLAT", List.of()));
    List<CompetencyCoverageView> critical =
        platform.competencies().stream().filter(CompetencyCoverageView::critical).toList();
    assertThat(skills.criticalCoverage()).hasSize(critical.size()).isNotEmpty();
    for (CompetencyCoverageView c : critical) {
      assertThat(skills.criticalCoverage())
          .as(c.name())
          .contains(new SkillsSection.CoverageRow(c.name(), c.needed(), c.qualified()));
    }

    List<SkillsSection.RiskRow> expected = new java.util.ArrayList<>();
    for (UnitPage team : pack.unitPages()) {
      CoverageView view =
          jpa.inTransaction(em -> Services.on(em).coverage().unit(HR, team.code(), List.of()));
      view.competencies().stream()
          .filter(CompetencyCoverageView::atRisk)
          .forEach(
              c ->
                  expected.add(
                      new SkillsSection.RiskRow(
                          team.name(),
                          c.name(),
                          c.holders(),
                          c.holders() == 0
                              ? SkillsSection.Risk.NO_HOLDER
                              : SkillsSection.Risk.SINGLE_HOLDER)));
    }
    assertThat(expected)
        .as("the demo's teams each rest a critical competency on one person")
        .isNotEmpty();
    assertThat(skills.atRisk()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(pack.summary().skillsAtRisk())
        .hasSize(Math.min(5, expected.size()))
        .isSubsetOf(expected);
    assertThat(skills.largestGaps()).isNotEmpty();
    assertThat(skills.largestGaps())
        .isSortedAccordingTo(
            java.util.Comparator.comparing(SkillsSection.UnitGapRow::weightedGap).reversed());
  }

  @Test
  void theInternalCandidatesAreTheCandidatesApisReadiestThreeForTheLargestGapsThatHaveAny() {
    WorkforcePack pack = pack(HR, request(null, Scenarios.BASELINE, UnitDetail.TEAMS));
    List<SkillsSection.CandidateRow> named = pack.skills().internalCandidates();
    assertThat(named).as("the demo has people ready for some seats with a gap").isNotEmpty();

    Map<List<Object>, List<SkillsSection.CandidateRow>> bySeat = new LinkedHashMap<>();
    for (SkillsSection.CandidateRow row : named) {
      bySeat
          .computeIfAbsent(
              seat(row.targetBlueprint(), row.targetLevel(), row.unitName()),
              k -> new ArrayList<>())
          .add(row);
    }
    assertThat(bySeat).hasSizeLessThanOrEqualTo(PackSkills.SEATS_WITH_CANDIDATES);
    bySeat.forEach(
        (seat, rows) ->
            assertThat(rows)
                .as("the readiest people for " + seat)
                .isNotEmpty()
                .containsExactlyElementsOf(
                    readiest(rows.get(0).targetBlueprint(), rows.get(0).targetLevel(), seat)));

    // the summary's largest gaps that have candidates come first, in the summary's order
    List<List<Object>> largestWithCandidates = new ArrayList<>();
    for (org.cadre.reports.workforce.GapRow gap : pack.summary().largestGaps()) {
      List<Object> seat = seat(gap.blueprint(), gap.level(), gap.unitName());
      if (!readiest(gap.blueprint(), gap.level(), seat).isEmpty()) {
        largestWithCandidates.add(seat);
      }
    }
    assertThat(bySeat.keySet().stream().limit(largestWithCandidates.size()).toList())
        .isEqualTo(largestWithCandidates);
  }

  private static List<Object> seat(String blueprint, Level level, String unitName) {
    return Arrays.asList(blueprint, level, unitName);
  }

  /** What the candidates API names for a seat: its readiest three, as the pack prints them. */
  private List<SkillsSection.CandidateRow> readiest(
      String blueprintTitle, Level level, List<Object> seat) {
    List<SkillsSection.CandidateRow> expected = new ArrayList<>();
    jpa.run(
        em -> {
          JpaRoleBlueprintRepository blueprints = new JpaRoleBlueprintRepository(em);
          long blueprint = blueprints.findByRoleKey(RoleKey.of(blueprintTitle)).orElseThrow().id();
          Services.on(em)
              .readiness()
              .candidates(HR, blueprint, level == null ? null : level.name(), null, null)
              .candidates()
              .stream()
              .limit(PackSkills.CANDIDATES_PER_SEAT)
              .forEach(
                  c ->
                      expected.add(
                          new SkillsSection.CandidateRow(
                              c.name(),
                              c.blueprintId() == null
                                  ? null
                                  : blueprints
                                      .find(c.blueprintId())
                                      .orElseThrow()
                                      .latestRevision()
                                      .title(),
                              blueprintTitle,
                              level,
                              (String) seat.get(2),
                              BigDecimal.valueOf(c.readiness())
                                  .setScale(2, RoundingMode.HALF_UP))));
        });
    return expected;
  }

  @Test
  void theHiringSectionHasTheFunnelApisNumbersForThePeriodSoFar() {
    WorkforcePack pack = pack(HR, request("ENG", Scenarios.BASELINE, UnitDetail.DEPARTMENTS));
    LocalDate today = LocalDate.now();
    LocalDate to = last.end().isBefore(today) ? last.end() : today;
    LocalDate from = first.start().isAfter(to) ? to : first.start();
    org.cadre.services.hiring.FunnelView funnel =
        jpa.inTransaction(
            em ->
                Services.on(em)
                    .hiringMetrics()
                    .funnel(HR, "ENG", null, null, from.toString(), to.toString()));

    org.cadre.reports.workforce.HiringSection hiring = pack.hiring();
    assertThat(hiring.from()).isEqualTo(from.toString());
    assertThat(hiring.to()).isEqualTo(to.toString());
    assertThat(hiring.funnel())
        .extracting(org.cadre.reports.workforce.HiringSection.FunnelStage::candidates)
        .containsExactlyElementsOf(
            funnel.stages().stream().map(s -> Math.toIntExact(s.entered())).toList());
    assertThat(hiring.funnel()).isNotEmpty();
    assertThat(hiring.filled()).isEqualTo(funnel.timeToFill().requisitions());
    assertThat(hiring.offersAccepted()).isEqualTo(funnel.offersAccepted());
    assertThat(hiring.offersDeclined()).isEqualTo(funnel.offersDeclined());
    if (funnel.timeToFill().median() == null) {
      assertThat(hiring.medianDaysToFill()).isNull();
    } else {
      assertThat(hiring.medianDaysToFill()).isEqualByComparingTo(funnel.timeToFill().median());
    }
  }
}
