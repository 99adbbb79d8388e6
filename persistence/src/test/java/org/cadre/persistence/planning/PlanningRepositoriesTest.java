package org.cadre.persistence.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.planning.Budget;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.Incumbent;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.PlanState;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.PlannedLine;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenario;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.Sessions;
import org.cadre.persistence.testing.TestBlueprints;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Plans and their versions, positions, cost rates, budgets, scenarios and people in post. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PlanningRepositoriesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:15Z");
  private static final Quarter Q1 = new Quarter(2027, 1);
  private static final Quarter Q2 = Q1.next();

  @Parameter DatabaseKind database;

  private DataSource dataSource;
  private JpaTestContext jpa;
  private long engineer;
  private long analyst;

  @BeforeEach
  void openDatabase() {
    dataSource = TestDatabases.fresh(database);
    jpa = JpaTestContext.open(dataSource);
    engineer = blueprint("Platform Engineer", Level.SENIOR);
    analyst = blueprint("Data Analyst", null);
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null),
                        new OrgUnitRecord(
                            "ENG-PLAT", "Platform", OrgUnitKind.TEAM, "ENG", null, null),
                        new OrgUnitRecord("ENG-DATA", "Data", OrgUnitKind.TEAM, "ENG", null, null)),
                    NOW));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private long blueprint(String title, Level level) {
    return jpa.inTransaction(em -> TestBlueprints.store(em, title, level, true, NOW));
  }

  private PlanLineRecord line(long blueprint, Level level, String fte, String cost) {
    return new PlanLineRecord(
        blueprint, level, new BigDecimal(fte), cost == null ? null : new BigDecimal(cost), "why");
  }

  /** The line as roll-ups read it: without its justification. */
  private static PlanLineRecord bare(PlanLineRecord line) {
    return new PlanLineRecord(
        line.blueprintId(), line.level(), line.plannedFte(), line.costPerFte(), null);
  }

  /** Stores a plan of the unit with the lines, submitted and approved when asked. */
  private long plan(
      String unit, Quarter quarter, String scenario, boolean approve, PlanLineRecord... lines) {
    return jpa.inTransaction(
        em -> {
          HeadcountPlan plan = HeadcountPlan.start(unit, quarter, scenario, "manager", NOW);
          plan.replaceLines(List.of(lines), "manager", NOW);
          if (approve) {
            plan.submit("manager", NOW);
            plan.approve("leader", NOW, "fine");
          }
          new JpaHeadcountPlanRepository(em).add(plan);
          em.flush();
          return plan.id();
        });
  }

  @Test
  void theNewestVersionIsFoundAndEveryVersionIsKeptInOrder() {
    long first =
        plan("ENG-PLAT", Q1, Scenarios.BASELINE, true, line(engineer, Level.SENIOR, "2", null));
    long second =
        jpa.inTransaction(
            em -> {
              JpaHeadcountPlanRepository plans = new JpaHeadcountPlanRepository(em);
              HeadcountPlan next = plans.find(first).orElseThrow().nextVersion("manager", NOW);
              next.replaceLines(List.of(line(engineer, Level.SENIOR, "3", null)), "manager", NOW);
              plans.add(next);
              plans.flush();
              return next.id();
            });

    HeadcountPlan newest =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newest("ENG-PLAT", Q1, Scenarios.BASELINE)
                    .orElseThrow());
    assertThat(newest.id()).isEqualTo(second);
    assertThat(newest.version()).isEqualTo(2);
    assertThat(newest.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(newest.lines()).containsExactly(line(engineer, Level.SENIOR, "3", null));

    List<HeadcountPlan> versions =
        jpa.inTransaction(
            em -> new JpaHeadcountPlanRepository(em).versions("ENG-PLAT", Q1, Scenarios.BASELINE));
    assertThat(versions).extracting(HeadcountPlan::id).containsExactly(first, second);
    assertThat(versions.get(0).status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(versions.get(0).newest()).isFalse();

    boolean otherQuarter =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newest("ENG-PLAT", Q2, Scenarios.BASELINE)
                    .isPresent());
    assertThat(otherQuarter).isFalse();
  }

  @Test
  void newestLinesAndPlansOfAScenarioAreReadForARangeOfQuartersAndUnits() {
    long old =
        plan("ENG-PLAT", Q1, Scenarios.BASELINE, true, line(engineer, Level.SENIOR, "9", null));
    jpa.run(
        em -> {
          JpaHeadcountPlanRepository plans = new JpaHeadcountPlanRepository(em);
          HeadcountPlan next = plans.find(old).orElseThrow().nextVersion("manager", NOW);
          next.replaceLines(
              List.of(line(engineer, Level.SENIOR, "2.5", null), line(analyst, null, "1", "70000")),
              "manager",
              NOW);
          plans.add(next);
        });
    plan("ENG-DATA", Q2, Scenarios.BASELINE, false, line(analyst, null, "4", null));
    plan("ENG-DATA", Q2.next(), Scenarios.BASELINE, false, line(analyst, null, "5", null));
    jpa.run(
        em ->
            new JpaScenarioRepository(em)
                .add(new Scenario("growth", "ENG", Q1, Q2, "manager", NOW)));
    plan("ENG-PLAT", Q1, "growth", false, line(engineer, Level.SENIOR, "7", null));

    List<PlannedLine> all =
        jpa.inTransaction(
            em -> new JpaHeadcountPlanRepository(em).newestLines(Scenarios.BASELINE, null, Q1, Q2));
    assertThat(all)
        .containsExactlyInAnyOrder(
            new PlannedLine("ENG-PLAT", Q1, bare(line(engineer, Level.SENIOR, "2.5", null))),
            new PlannedLine("ENG-PLAT", Q1, bare(line(analyst, null, "1", "70000"))),
            new PlannedLine("ENG-DATA", Q2, bare(line(analyst, null, "4", null))));
    List<PlannedLine> data =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newestLines(Scenarios.BASELINE, Set.of("ENG-DATA"), Q1, Q2.next()));
    assertThat(data).extracting(PlannedLine::period).containsExactlyInAnyOrder(Q2, Q2.next());
    List<PlannedLine> none =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newestLines(Scenarios.BASELINE, Set.of(), Q1, Q2));
    assertThat(none).isEmpty();
    List<PlannedLine> growth =
        jpa.inTransaction(
            em -> new JpaHeadcountPlanRepository(em).newestLines("growth", null, Q1, Q1));
    assertThat(growth)
        .extracting(l -> l.line().plannedFte())
        .containsExactly(new BigDecimal("7.000"));

    List<HeadcountPlan> plans =
        jpa.inTransaction(
            em -> {
              List<HeadcountPlan> found =
                  new JpaHeadcountPlanRepository(em).newest(Scenarios.BASELINE, null, Q1, Q2);
              found.forEach(HeadcountPlan::lines);
              return found;
            });
    assertThat(plans)
        .extracting(p -> p.unitCode() + " " + p.period() + " v" + p.version())
        .containsExactly("ENG-DATA 2027-Q2 v1", "ENG-PLAT 2027-Q1 v2");
    assertThat(plans.get(1).lines()).hasSize(2);
    Map<String, PlanState> states =
        jpa.inTransaction(
            em -> new JpaHeadcountPlanRepository(em).newestStates(Scenarios.BASELINE, null, Q1));
    assertThat(states).containsOnlyKeys("ENG-PLAT");
    assertThat(states.get("ENG-PLAT").planId()).isEqualTo(plans.get(1).id());
    assertThat(states.get("ENG-PLAT").status()).isEqualTo(PlanStatus.DRAFT);
    Map<String, PlanState> otherQuarter =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newestStates(Scenarios.BASELINE, Set.of("ENG-PLAT"), Q2));
    assertThat(otherQuarter).isEmpty();
    List<HeadcountPlan> platform =
        jpa.inTransaction(
            em ->
                new JpaHeadcountPlanRepository(em)
                    .newest(Scenarios.BASELINE, List.of("ENG-PLAT"), Q1, Q2.next()));
    assertThat(platform).extracting(HeadcountPlan::unitCode).containsExactly("ENG-PLAT");
  }

  @Test
  void positionsKeepTheirIdsAndAreNumberedFromOne() {
    SeatKey seniors = new SeatKey("ENG-PLAT", engineer, Level.SENIOR);
    SeatKey analysts = new SeatKey("ENG-PLAT", analyst, null);
    Map<SeatKey, Integer> counts = new LinkedHashMap<>();
    counts.put(seniors, 2);
    counts.put(analysts, 1);
    Map<SeatKey, List<Long>> first =
        jpa.inTransaction(em -> new JdbcPositionRepository(em).ensure(counts));
    assertThat(first.get(seniors)).hasSize(2).doesNotHaveDuplicates();
    assertThat(first.get(analysts)).hasSize(1);

    Map<SeatKey, List<Long>> grown =
        jpa.inTransaction(em -> new JdbcPositionRepository(em).ensure(Map.of(seniors, 3)));
    assertThat(grown.get(seniors)).hasSize(3).startsWith(first.get(seniors).toArray(Long[]::new));

    Map<SeatKey, List<Long>> shrunk =
        jpa.inTransaction(em -> new JdbcPositionRepository(em).ensure(Map.of(seniors, 1)));
    assertThat(shrunk.get(seniors)).containsExactly(first.get(seniors).get(0));

    SeatKey elsewhere = new SeatKey("ENG-DATA", engineer, Level.SENIOR);
    Map<SeatKey, List<Long>> all =
        jpa.inTransaction(
            em -> new JdbcPositionRepository(em).of(List.of(seniors, analysts, elsewhere)));
    assertThat(all.get(seniors)).isEqualTo(grown.get(seniors));
    assertThat(all.get(analysts)).isEqualTo(first.get(analysts));
    assertThat(all.get(elsewhere)).isEmpty();
  }

  /**
   * Two plans of one unit (a baseline and a scenario, say) add the same seat at once: the second
   * waits for the first to commit and then takes the positions it made, instead of failing on their
   * unique key. The first commits only once the second is seen inserting, so they overlap for
   * certain.
   */
  @Test
  void twoTransactionsAddingTheSameSeatAtOnceShareItsPositions() throws Exception {
    SeatKey seniors = new SeatKey("ENG-PLAT", engineer, Level.SENIOR);

    Both<Map<SeatKey, List<Long>>, Map<SeatKey, List<Long>>> both =
        overlapping(
            em -> new JdbcPositionRepository(em).ensure(Map.of(seniors, 2)),
            em -> new JdbcPositionRepository(em).ensure(Map.of(seniors, 3)),
            "INSERT INTO plan_position");

    List<Long> made = both.first().get(seniors);
    assertThat(both.second().get(seniors)).hasSize(3).startsWith(made.toArray(Long[]::new));
  }

  /**
   * The first setting of a rate by two people at once: the second waits for the first's row, then
   * replaces its value, where an update then an insert would fail on the unique key. Likewise a
   * budget.
   */
  @Test
  void twoFirstSettingsOfARateOrABudgetAtOnceBothSucceedAndTheLaterStays() throws Exception {
    CostRate first = new CostRate(engineer, Level.SENIOR, new BigDecimal("90000"));
    CostRate second = new CostRate(engineer, Level.SENIOR, new BigDecimal("95000"));
    overlapping(
        em -> {
          new JdbcPlanningRatesRepository(em).setCostRate(first, "hr", NOW);
          return null;
        },
        em -> {
          new JdbcPlanningRatesRepository(em).setCostRate(second, "leader", NOW);
          return null;
        },
        "INSERT INTO cost_rate");
    overlapping(
        em -> {
          new JdbcPlanningRatesRepository(em)
              .setBudget(new Budget("ENG", Q1, new BigDecimal("100")), "hr", NOW);
          return null;
        },
        em -> {
          new JdbcPlanningRatesRepository(em)
              .setBudget(new Budget("ENG", Q1, new BigDecimal("200")), "leader", NOW);
          return null;
        },
        "INSERT INTO unit_budget");

    List<CostRate> rates = jpa.inTransaction(em -> new JdbcPlanningRatesRepository(em).costRates());
    assertThat(rates)
        .containsExactly(new CostRate(engineer, Level.SENIOR, new BigDecimal("95000.00")));
    Budget budget =
        jpa.inTransaction(
            em -> new JdbcPlanningRatesRepository(em).budget("ENG", Q1).orElseThrow());
    assertThat(budget.amount()).isEqualByComparingTo("200");
  }

  private record Both<A, B>(A first, B second) {}

  /**
   * Runs the first transaction's work, then the second's, and lets the first commit only once the
   * second is seen executing the statement given, which then waits for the first's rows: the two
   * overlap for certain.
   */
  private <A, B> Both<A, B> overlapping(
      Function<EntityManager, A> first, Function<EntityManager, B> second, String waiting)
      throws Exception {
    CountDownLatch wrote = new CountDownLatch(1);
    CountDownLatch secondWaits = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<A> one =
          threads.submit(
              () ->
                  jpa.inTransaction(
                      em -> {
                        A result = first.apply(em);
                        wrote.countDown();
                        await(secondWaits);
                        return result;
                      }));
      assertThat(wrote.await(30, TimeUnit.SECONDS)).isTrue();
      Future<B> two = threads.submit(() -> jpa.inTransaction(second));
      Sessions.awaitExecuting(dataSource, database, waiting);
      secondWaits.countDown();
      return new Both<>(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDryRunOfAPlanWorkbookIsRecordedOncePerPersonAndFile() {
    jpa.run(
        em -> {
          JdbcPlanImportDryRuns dryRuns = new JdbcPlanImportDryRuns(em);
          dryRuns.record("ab12", "manager", NOW);
          dryRuns.record("ab12", "manager", NOW.plusSeconds(5));
        });

    assertThat(dryRan("ab12", "manager")).isTrue();
    assertThat(dryRan("ab12", "hr")).isFalse();
    assertThat(dryRan("cd34", "manager")).isFalse();
  }

  private boolean dryRan(String checksum, String username) {
    return jpa.inTransaction(em -> new JdbcPlanImportDryRuns(em).exists(checksum, username));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void costRatesWithAndWithoutLevelAndBudgetsAreSetAndReplaced() {
    jpa.run(
        em -> {
          JdbcPlanningRatesRepository rates = new JdbcPlanningRatesRepository(em);
          rates.setCostRate(
              new CostRate(engineer, Level.SENIOR, new BigDecimal("90000")), "hr", NOW);
          rates.setCostRate(new CostRate(engineer, null, new BigDecimal("80000")), "hr", NOW);
          rates.setCostRate(new CostRate(analyst, null, new BigDecimal("60000")), "hr", NOW);
          rates.setBudget(new Budget("ENG", Q1, new BigDecimal("1000000")), "leader", NOW);
          rates.setBudget(new Budget("ENG", Q2, new BigDecimal("1100000")), "leader", NOW);
        });
    jpa.run(
        em -> {
          JdbcPlanningRatesRepository rates = new JdbcPlanningRatesRepository(em);
          rates.setCostRate(
              new CostRate(engineer, Level.SENIOR, new BigDecimal("95000.5")), "hr", NOW);
          rates.setBudget(new Budget("ENG", Q1, new BigDecimal("1200000")), "leader", NOW);
        });

    List<CostRate> rates = jpa.inTransaction(em -> new JdbcPlanningRatesRepository(em).costRates());
    assertThat(rates)
        .containsExactlyInAnyOrder(
            new CostRate(engineer, Level.SENIOR, new BigDecimal("95000.50")),
            new CostRate(engineer, null, new BigDecimal("80000")),
            new CostRate(analyst, null, new BigDecimal("60000")));
    Map<String, BigDecimal> q1 =
        jpa.inTransaction(em -> new JdbcPlanningRatesRepository(em).budgets(Q1));
    assertThat(q1).containsOnlyKeys("ENG");
    assertThat(q1.get("ENG")).isEqualByComparingTo("1200000");
    Budget q2 =
        jpa.inTransaction(
            em -> new JdbcPlanningRatesRepository(em).budget("ENG", Q2).orElseThrow());
    assertThat(q2).isEqualTo(new Budget("ENG", Q2, new BigDecimal("1100000")));
    boolean none =
        jpa.inTransaction(
            em -> new JdbcPlanningRatesRepository(em).budget("ENG-PLAT", Q1).isPresent());
    assertThat(none).isFalse();
  }

  @Test
  void scenariosAreFoundByNameAndListedInOrder() {
    jpa.run(
        em -> {
          JpaScenarioRepository scenarios = new JpaScenarioRepository(em);
          scenarios.add(new Scenario("platform-growth", "ENG-PLAT", Q1, Q2, "manager", NOW));
          scenarios.add(new Scenario("data-freeze", "ENG-DATA", Q2, Q2, "manager", NOW));
        });
    jpa.run(
        em ->
            new JpaScenarioRepository(em)
                .find("data-freeze")
                .orElseThrow()
                .promoted("leader", NOW.plusSeconds(60)));

    Scenario growth =
        jpa.inTransaction(
            em -> new JpaScenarioRepository(em).find("platform-growth").orElseThrow());
    assertThat(growth.unitCode()).isEqualTo("ENG-PLAT");
    assertThat(growth.first()).isEqualTo(Q1);
    assertThat(growth.last()).isEqualTo(Q2);
    assertThat(growth.createdBy()).isEqualTo("manager");
    assertThat(growth.promotedAt()).isEmpty();
    List<Scenario> all = jpa.inTransaction(em -> new JpaScenarioRepository(em).all());
    assertThat(all).extracting(Scenario::name).containsExactly("data-freeze", "platform-growth");
    assertThat(all.get(0).promotedBy()).contains("leader");
    assertThat(all.get(0).promotedAt()).contains(NOW.plusSeconds(60));
    boolean unknown =
        jpa.inTransaction(em -> new JpaScenarioRepository(em).find("nope").isPresent());
    assertThat(unknown).isFalse();
  }

  @Test
  void incumbentsAreThePeopleHoldingABlueprintWithTheirDates() {
    LocalDate leaving = LocalDate.of(2027, 2, 14);
    LocalDate joining = LocalDate.of(2027, 4, 1);
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .insert(
                    List.of(
                        employee("E1", "ENG-PLAT", engineer, Level.SENIOR, "1", null, null),
                        employee("E2", "ENG-PLAT", engineer, Level.SENIOR, "0.5", null, leaving),
                        employee("E3", "ENG-DATA", analyst, null, "0.8", joining, null),
                        employee("E4", "ENG-DATA", null, null, "1", null, null)),
                    NOW));

    List<Incumbent> all = jpa.inTransaction(em -> new JpaEmployeeRepository(em).incumbents(null));
    assertThat(all)
        .containsExactlyInAnyOrder(
            new Incumbent(
                "ENG-PLAT",
                engineer,
                Level.SENIOR,
                new BigDecimal("1.000"),
                LocalDate.of(2020, 1, 6),
                null),
            new Incumbent(
                "ENG-PLAT",
                engineer,
                Level.SENIOR,
                new BigDecimal("0.500"),
                LocalDate.of(2020, 1, 6),
                leaving),
            new Incumbent("ENG-DATA", analyst, null, new BigDecimal("0.800"), joining, null));
    List<Incumbent> data =
        jpa.inTransaction(em -> new JpaEmployeeRepository(em).incumbents(Set.of("ENG-DATA")));
    assertThat(data).extracting(Incumbent::blueprintId).containsExactly(analyst);
    List<Incumbent> none =
        jpa.inTransaction(em -> new JpaEmployeeRepository(em).incumbents(Set.of()));
    assertThat(none).isEmpty();
  }

  private static EmployeeRecord employee(
      String number,
      String unit,
      Long blueprint,
      Level level,
      String fte,
      LocalDate hired,
      LocalDate end) {
    return new EmployeeRecord(
        number,
        "Given",
        "Family " + number,
        null,
        unit,
        blueprint,
        level,
        new BigDecimal(fte),
        hired == null ? LocalDate.of(2020, 1, 6) : hired,
        end,
        null,
        null);
  }
}
