package org.cadre.services.planning;

import static org.cadre.services.testing.Services.on;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.planning.Budget;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.planning.JdbcPlanningRatesRepository;
import org.cadre.persistence.planning.JdbcPositionRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.Pools;
import org.cadre.services.access.Caller;

/**
 * Headcount planning speed (issue 5) on PostgreSQL and, for comparison, H2. The organisation has
 * 1,000 teams (10 divisions x 5 departments x 20 teams), 10 employees per team on 20 published
 * blueprints, HR's cost rates, a budget for every division and department, and baseline plans of 20
 * lines (one per blueprint) for every team in each of 8 quarters: 8,000 plans and 160,000 plan
 * lines, one version each, written with batched JDBC and then analysed (not measured). Each case
 * runs 10 times to warm up, then 30 times measured; every service call runs in a transaction of its
 * own, as the server runs it, but without the container around it (no CDI proxies, JTA or web
 * layer). Connections come from a pool, as the server's data source pools them.
 *
 * <ul>
 *   <li><b>overview</b>: {@link HeadcountService#overview} of the whole tree (1,060 units) for one
 *       quarter, as leadership calls it. Target: 300 ms.
 *   <li><b>planning page</b>: the planning page of a manager's team for 4 quarters, as it was read
 *       before one call served it (the manager's units, the unit, the scenarios, the team's roll-up
 *       ({@link HeadcountService#rollUp}), its plan for each quarter ({@link PlanningService#plan})
 *       and the first one's history: 9 calls, 9 transactions), and in its one call ({@link
 *       PlanningPageService#page}); and the page of the manager's department of 20 teams in its one
 *       call. Target: 500 ms. The page's Faces rendering is not included.
 * </ul>
 *
 * <p>A case meets its target when its 95th percentile does.
 */
public final class PlanningBenchmark {

  private static final int DIVISIONS = 10;
  private static final int DEPARTMENTS = 5;
  private static final int TEAMS = 20;
  private static final int PEOPLE = 10;
  private static final int BLUEPRINTS = 20;
  private static final int QUARTERS = 8;
  private static final int WARM_UP = 10;
  private static final int MEASURED = 30;
  private static final Level[] LEVELS = {Level.JUNIOR, Level.MID, Level.SENIOR, Level.LEAD};
  private static final Instant NOW = Instant.now();
  private static final Quarter FIRST = Quarter.containing(LocalDate.now());
  private static final String DEPARTMENT = department(1, 1);
  private static final String TEAM = team(1, 1, 1);
  private static final Caller LEADER = new Caller("bench-leader", EnumSet.of(Role.LEADERSHIP));
  private static final Caller MANAGER = new Caller("bench-manager", EnumSet.of(Role.MANAGER));

  private PlanningBenchmark() {}

  public static void main(String[] args) throws SQLException {
    List<Quarter> quarters = Quarter.range(FIRST, plus(FIRST, QUARTERS - 1));
    List<Quarter> page = quarters.subList(0, 4);
    Quarter overviewQuarter = quarters.get(1);
    System.out.printf(
        "Planning benchmark, %s, %d cores, Java %s; %d teams, %d plans, %d plan lines;"
            + " overview of %s, manager's page for %s (%s to %s)%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        DIVISIONS * DEPARTMENTS * TEAMS,
        DIVISIONS * DEPARTMENTS * TEAMS * QUARTERS,
        DIVISIONS * DEPARTMENTS * TEAMS * QUARTERS * BLUEPRINTS,
        overviewQuarter,
        DEPARTMENT,
        page.get(0),
        page.get(3));
    System.out.println("| database | case | median ms | p95 ms | max ms | target ms | met? |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (DatabaseKind database : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.H2)) {
      try (JpaTestContext jpa = JpaTestContext.open(Pools.pooled(TestDatabases.fresh(database)))) {
        BigDecimal planned = seed(jpa, quarters).get(overviewQuarter);
        List<UnitHeadcountView> overview =
            jpa.inTransaction(
                em -> on(em).headcount().overview(LEADER, overviewQuarter.toString(), null));
        BigDecimal roots =
            overview.stream()
                .filter(unit -> unit.depth() == 0)
                .map(unit -> unit.totals().plannedFte())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (overview.size() != units() || roots.compareTo(planned) != 0) {
          throw new IllegalStateException("the overview is not the organisation that was seeded");
        }
        report(
            database,
            "overview of 1,060 units, 1 quarter (leadership)",
            300,
            measure(
                () ->
                    jpa.inTransaction(
                        em ->
                            on(em)
                                .headcount()
                                .overview(LEADER, overviewQuarter.toString(), null))));
        report(
            database,
            "team's planning page, 4 quarters, as 9 service calls (before)",
            500,
            formerTeamPage(jpa, page));
        report(
            database,
            "team's planning page, 4 quarters, 1 service call",
            500,
            page(jpa, TEAM, page));
        report(
            database,
            "department's planning page (20 teams below), 4 quarters, 1 service call",
            500,
            page(jpa, DEPARTMENT, page));
      }
    }
    System.exit(0);
  }

  /**
   * The planning page of a team as the page read it before one service call served it: the
   * manager's units, the unit, the scenarios, the team's roll-up, its plan for each quarter and the
   * first quarter's history, each call a transaction of its own (3 + N + 2 calls); prints the
   * median of each call.
   */
  private static long[] formerTeamPage(JpaTestContext jpa, List<Quarter> page) {
    String from = page.get(0).toString();
    String to = page.get(page.size() - 1).toString();
    Map<String, Supplier<?>> calls = new LinkedHashMap<>();
    calls.put("units", () -> jpa.inTransaction(em -> on(em).organisation().units(MANAGER)));
    calls.put("unit", () -> jpa.inTransaction(em -> on(em).organisation().unit(MANAGER, TEAM)));
    calls.put("scenarios", () -> jpa.inTransaction(em -> on(em).scenarios().list(MANAGER)));
    calls.put(
        "roll-up",
        () -> jpa.inTransaction(em -> on(em).headcount().rollUp(MANAGER, TEAM, from, to, null)));
    for (Quarter quarter : page) {
      calls.put(
          "plan " + quarter,
          () ->
              jpa.inTransaction(
                  em -> on(em).planning().plan(MANAGER, TEAM, quarter.toString(), null)));
    }
    long planId = jpa.inTransaction(em -> on(em).planning().plan(MANAGER, TEAM, from, null)).id();
    calls.put("history", () -> jpa.inTransaction(em -> on(em).planning().history(MANAGER, planId)));
    int lines = 0;
    for (Map.Entry<String, Supplier<?>> call : calls.entrySet()) {
      if (call.getKey().startsWith("plan ")) {
        lines += ((PlanView) call.getValue().get()).lines().size();
      }
    }
    if (lines != page.size() * BLUEPRINTS) {
      throw new IllegalStateException("the team's plans are not what was seeded");
    }
    Map<String, long[]> each = new LinkedHashMap<>();
    calls.keySet().forEach(name -> each.put(name, new long[MEASURED]));
    int[] run = {-WARM_UP};
    long[] times =
        measure(
            () -> {
              calls.forEach(
                  (name, call) -> {
                    long start = System.nanoTime();
                    call.get();
                    if (run[0] >= 0) {
                      each.get(name)[run[0]] = System.nanoTime() - start;
                    }
                  });
              return run[0]++;
            });
    StringBuilder medians = new StringBuilder("Medians of the former page's calls, ms:");
    each.forEach(
        (name, t) -> {
          Arrays.sort(t);
          medians.append(String.format(" %s %.1f;", name, t[MEASURED / 2] / 1e6));
        });
    System.out.println(medians);
    return times;
  }

  /** The planning page of a unit in its one service call, checked against what was seeded. */
  private static long[] page(JpaTestContext jpa, String unit, List<Quarter> page) {
    PlanningPageQuery query =
        new PlanningPageQuery(
            unit, null, page.get(0).toString(), page.get(page.size() - 1).toString(), null);
    PlanningPageView view = jpa.inTransaction(em -> on(em).planningPages().page(MANAGER, query));
    int lines = view.plans().stream().mapToInt(plan -> plan.lines().size()).sum();
    int units = view.rollUp().quarters().get(0).units().size();
    if (view.plans().size() != page.size()
        || (unit.equals(TEAM) ? lines != page.size() * BLUEPRINTS : units != TEAMS + 1)) {
      throw new IllegalStateException("the planning page of " + unit + " is not what was seeded");
    }
    return measure(() -> jpa.inTransaction(em -> on(em).planningPages().page(MANAGER, query)));
  }

  private static long[] measure(Supplier<?> work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    long[] times = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      work.get();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times;
  }

  private static void report(DatabaseKind database, String name, int target, long[] times) {
    double p95 = times[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6;
    System.out.printf(
        "| %s | %s | %.1f | %.1f | %.1f | %d | %s |%n",
        database,
        name,
        times[MEASURED / 2] / 1e6,
        p95,
        times[MEASURED - 1] / 1e6,
        target,
        p95 <= target ? "yes" : "no");
  }

  // --- the organisation ---

  private static int units() {
    return DIVISIONS * (1 + DEPARTMENTS * (1 + TEAMS));
  }

  private static String division(int d) {
    return String.format("D%02d", d);
  }

  private static String department(int d, int p) {
    return division(d) + "-P" + p;
  }

  private static String team(int d, int p, int t) {
    return department(d, p) + String.format("-T%02d", t);
  }

  private static Quarter plus(Quarter quarter, int count) {
    Quarter q = quarter;
    for (int i = 0; i < count; i++) {
      q = q.next();
    }
    return q;
  }

  /**
   * Writes the organisation and its plans.
   *
   * @return the planned FTE of the whole organisation by quarter, to check the overview against
   */
  private static Map<Quarter, BigDecimal> seed(JpaTestContext jpa, List<Quarter> quarters) {
    long[] blueprints = jpa.inTransaction(PlanningBenchmark::blueprints);
    List<String> teams = new ArrayList<>();
    jpa.run(
        em -> {
          List<OrgUnitRecord> units = new ArrayList<>();
          List<EmployeeRecord> people = new ArrayList<>();
          int number = 0;
          for (int d = 1; d <= DIVISIONS; d++) {
            units.add(
                new OrgUnitRecord(
                    division(d), "Division " + d, OrgUnitKind.DIVISION, null, null, null));
            for (int p = 1; p <= DEPARTMENTS; p++) {
              String manager = String.format("E%05d", number + 1);
              units.add(
                  new OrgUnitRecord(
                      department(d, p),
                      "Department " + d + "." + p,
                      OrgUnitKind.DEPARTMENT,
                      division(d),
                      manager,
                      null));
              for (int t = 1; t <= TEAMS; t++) {
                String code = team(d, p, t);
                teams.add(code);
                units.add(
                    new OrgUnitRecord(
                        code, "Team " + code, OrgUnitKind.TEAM, department(d, p), null, null));
                for (int i = 0; i < PEOPLE; i++) {
                  people.add(person(++number, code, blueprints, teams.size() + 2 * i, i));
                }
              }
            }
          }
          new JpaOrgUnitRepository(em).insert(units, NOW);
          new JpaEmployeeRepository(em).insert(people, NOW);
          UserAccount manager =
              new UserAccount(MANAGER.username(), "-", EnumSet.of(Role.MANAGER), NOW);
          manager.linkToEmployee("E00001");
          new JpaUserAccountRepository(em).store(manager);
        });
    jpa.run(
        em -> {
          JdbcPlanningRatesRepository rates = new JdbcPlanningRatesRepository(em);
          for (int b = 0; b < BLUEPRINTS; b++) {
            BigDecimal rate = BigDecimal.valueOf(60_000 + 2_500L * b);
            rates.setCostRate(new CostRate(blueprints[b], level(b), rate), "hr", NOW);
            if (b % 2 == 0) {
              rates.setCostRate(new CostRate(blueprints[b], null, rate), "hr", NOW);
            }
          }
          for (Quarter quarter : quarters) {
            for (int d = 1; d <= DIVISIONS; d++) {
              rates.setBudget(
                  new Budget(division(d), quarter, BigDecimal.valueOf(90_000_000)), "leader", NOW);
              for (int p = 1; p <= DEPARTMENTS; p++) {
                rates.setBudget(
                    new Budget(department(d, p), quarter, BigDecimal.valueOf(18_000_000)),
                    "leader",
                    NOW);
              }
            }
          }
        });
    Map<Quarter, BigDecimal> planned =
        jpa.inTransaction(em -> plans(em, teams, blueprints, quarters));
    // statistics, as a live database has them from autovacuum: query plans do not change mid-run
    jpa.run(em -> Jdbc.execute(em, "ANALYZE"));
    return planned;
  }

  private static long[] blueprints(EntityManager em) {
    JpaRoleBlueprintRepository repository = new JpaRoleBlueprintRepository(em);
    long[] ids = new long[BLUEPRINTS];
    for (int b = 0; b < BLUEPRINTS; b++) {
      RoleBlueprint blueprint =
          RoleBlueprint.draft(
              BlueprintContent.of(
                  "Benchmark role " + (b + 1),
                  "Engineering",
                  level(b),
                  Track.INDIVIDUAL_CONTRIBUTOR,
                  "A role of the planning benchmark.",
                  List.of()),
              NOW);
      blueprint.publish(1, NOW);
      repository.store(blueprint);
      em.flush();
      ids[b] = blueprint.id();
    }
    return ids;
  }

  /** Blueprints 1 to 16 name a level, the last 4 none. */
  private static Level level(int b) {
    return b >= 16 ? null : LEVELS[b % LEVELS.length];
  }

  /**
   * The i-th person of a team: mostly full-time and in post; one part-time, one leaving in the
   * third quarter, one joining in the second.
   */
  private static EmployeeRecord person(int number, String team, long[] blueprints, int b, int i) {
    int blueprint = b % BLUEPRINTS;
    return new EmployeeRecord(
        String.format("E%05d", number),
        "Given",
        "Family " + number,
        null,
        team,
        blueprints[blueprint],
        level(blueprint),
        i == 9 ? new BigDecimal("0.5") : BigDecimal.ONE,
        i == 8 ? FIRST.next().start() : LocalDate.of(2020, 1, 6),
        i == 7 ? FIRST.next().next().end().minusDays(10) : null,
        null,
        null);
  }

  /**
   * Plans: the first quarter approved, the second approved or submitted, the third submitted or a
   * draft, later ones drafts; with the positions of their seats.
   */
  private static Map<Quarter, BigDecimal> plans(
      EntityManager em, List<String> teams, long[] blueprints, List<Quarter> quarters) {
    record Plan(String team, int teamIndex, int quarterIndex, PlanStatus status) {}
    List<Plan> plans = new ArrayList<>();
    for (int t = 0; t < teams.size(); t++) {
      for (int q = 0; q < quarters.size(); q++) {
        PlanStatus status =
            switch (q) {
              case 0 -> PlanStatus.APPROVED;
              case 1 -> t % 2 == 0 ? PlanStatus.APPROVED : PlanStatus.SUBMITTED;
              case 2 -> t % 2 == 0 ? PlanStatus.SUBMITTED : PlanStatus.DRAFT;
              default -> PlanStatus.DRAFT;
            };
        plans.add(new Plan(teams.get(t), t, q, status));
      }
    }
    Jdbc.batch(
        em,
        "INSERT INTO headcount_plan (id, org_unit_code, period, scenario, plan_version, status,"
            + " newest, revision, updated_by, updated_at, decided_by, decided_at)"
            + " VALUES (nextval('headcount_plan_seq'), ?, ?, ?, 1, ?, TRUE, 1, 'bench', ?, ?, ?)",
        plans,
        (statement, plan) -> {
          boolean decided = plan.status() == PlanStatus.APPROVED;
          statement.setString(1, plan.team());
          statement.setString(2, quarters.get(plan.quarterIndex()).toString());
          statement.setString(3, Scenarios.BASELINE);
          statement.setString(4, plan.status().name());
          Jdbc.setInstant(statement, 5, NOW);
          Jdbc.set(statement, 6, decided ? "bench-leader" : null, Types.VARCHAR);
          if (decided) {
            Jdbc.setInstant(statement, 7, NOW);
          } else {
            statement.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
          }
        });
    Map<String, Long> ids = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT org_unit_code, period, id FROM headcount_plan",
        row -> ids.put(row.getString(1) + "@" + row.getString(2), row.getLong(3)));
    record Line(long planId, int blueprint, BigDecimal fte) {}
    List<Line> lines = new ArrayList<>();
    Map<Quarter, BigDecimal> planned = new LinkedHashMap<>();
    Map<SeatKey, Integer> seats = new LinkedHashMap<>();
    for (Plan plan : plans) {
      Quarter quarter = quarters.get(plan.quarterIndex());
      long id = ids.get(plan.team() + "@" + quarter);
      for (int b = 0; b < BLUEPRINTS; b++) {
        BigDecimal fte =
            BigDecimal.valueOf((plan.teamIndex() + b + plan.quarterIndex()) % 4, 1)
                .multiply(BigDecimal.valueOf(5));
        lines.add(new Line(id, b, fte));
        planned.merge(quarter, fte, BigDecimal::add);
        seats.merge(
            new SeatKey(plan.team(), blueprints[b], level(b)),
            fte.setScale(0, java.math.RoundingMode.CEILING).intValueExact(),
            Math::max);
      }
    }
    Jdbc.batch(
        em,
        "INSERT INTO plan_line (id, plan_id, blueprint_id, level, planned_fte, cost_per_fte,"
            + " justification) VALUES (nextval('plan_line_seq'), ?, ?, ?, ?, ?, ?)",
        lines,
        (statement, line) -> {
          statement.setLong(1, line.planId());
          statement.setLong(2, blueprints[line.blueprint()]);
          Level level = level(line.blueprint());
          Jdbc.set(statement, 3, level == null ? null : level.name(), Types.VARCHAR);
          statement.setBigDecimal(4, line.fte());
          Jdbc.set(
              statement,
              5,
              line.blueprint() % 5 == 0 ? new BigDecimal("81000.00") : null,
              Types.NUMERIC);
          Jdbc.set(
              statement,
              6,
              line.blueprint() % 7 == 0 ? "Grows with the product" : null,
              Types.VARCHAR);
        });
    new JdbcPositionRepository(em).ensure(seats);
    return planned;
  }
}
