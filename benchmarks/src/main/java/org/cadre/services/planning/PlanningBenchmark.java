package org.cadre.services.planning;

import static org.cadre.services.testing.Services.on;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cadre.domain.access.Role;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.Pools;
import org.cadre.services.access.Caller;

/**
 * Headcount planning speed (issue 5) on PostgreSQL and, for comparison, H2. The organisation
 * ({@link BenchmarkOrganisation}) has 1,000 teams (10 divisions x 5 departments x 20 teams), 10
 * employees per team, and plans for every team in each of 8 quarters: 8,000 plans and 160,000 plan
 * lines (not measured). Each case runs 10 times to warm up, then 30 times measured; every service
 * call runs in a transaction of its own, as the server runs it, but without the container around it
 * (no CDI proxies, JTA or web layer). Connections come from a pool, as the server's data source
 * pools them.
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
  private static final int QUARTERS = 8;
  private static final int WARM_UP = 10;
  private static final int MEASURED = 30;
  private static final Quarter FIRST = Quarter.containing(LocalDate.now());
  private static final BenchmarkOrganisation ORGANISATION =
      new BenchmarkOrganisation(DIVISIONS, DEPARTMENTS, TEAMS, PEOPLE, FIRST);
  private static final String DEPARTMENT = BenchmarkOrganisation.department(1, 1);
  private static final String TEAM = BenchmarkOrganisation.team(1, 1, 1);
  private static final Caller LEADER = new Caller("bench-leader", EnumSet.of(Role.LEADERSHIP));
  private static final Caller MANAGER =
      new Caller(BenchmarkOrganisation.MANAGER, EnumSet.of(Role.MANAGER));

  private PlanningBenchmark() {}

  public static void main(String[] args) throws SQLException {
    List<Quarter> quarters = Quarter.range(FIRST, BenchmarkOrganisation.plus(FIRST, QUARTERS - 1));
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
        DIVISIONS * DEPARTMENTS * TEAMS * QUARTERS * BenchmarkOrganisation.BLUEPRINTS,
        overviewQuarter,
        DEPARTMENT,
        page.get(0),
        page.get(3));
    System.out.println("| database | case | median ms | p95 ms | max ms | target ms | met? |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (DatabaseKind database : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.H2)) {
      try (JpaTestContext jpa = JpaTestContext.open(Pools.pooled(TestDatabases.fresh(database)))) {
        BigDecimal planned = ORGANISATION.seed(jpa, quarters).get(overviewQuarter);
        List<UnitHeadcountView> overview =
            jpa.inTransaction(
                em -> on(em).headcount().overview(LEADER, overviewQuarter.toString(), null));
        BigDecimal roots =
            overview.stream()
                .filter(unit -> unit.depth() == 0)
                .map(unit -> unit.totals().plannedFte())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (overview.size() != ORGANISATION.units() || roots.compareTo(planned) != 0) {
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
    if (lines != page.size() * BenchmarkOrganisation.BLUEPRINTS) {
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
        || (unit.equals(TEAM)
            ? lines != page.size() * BenchmarkOrganisation.BLUEPRINTS
            : units != TEAMS + 1)) {
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
}
