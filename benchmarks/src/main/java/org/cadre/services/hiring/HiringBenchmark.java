package org.cadre.services.hiring;

import static org.cadre.services.testing.Services.on;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.hiring.HiringScope;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.hiring.JdbcHiringFacts;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hiring speed (issue 11) on PostgreSQL: 1,000 teams (10 divisions x 5 departments x 20 teams), 20
 * blueprints, 10,000 requisitions (10 a team, approved over two years), 500,000 candidates and
 * applications (50 a requisition, made over the last two years) and 5,000,000 stage moves (10 an
 * application), with offers for the applications that reached an offer. The rows are made by the
 * database itself ({@code generate_series}) and then analysed, not measured; each application's
 * stored funnel columns (furthest stage, status, seconds per stage) follow the rules the domain
 * keeps. Each case runs 5 times to warm up, then 20 times measured, each call a transaction of its
 * own as the server runs it, without the container around it.
 *
 * <ul>
 *   <li><b>funnel</b>: {@link HiringMetricsService#funnel} of the whole organisation for the last
 *       year, as HR and leadership read it (about 250,000 applications). Target: 1 s.
 *   <li><b>board</b>: {@link PipelineService#board} of one requisition (50 applications). Target:
 *       200 ms.
 *   <li>and, for scale, the funnel of one division for the year.
 * </ul>
 *
 * <p>A case meets its target when its 95th percentile does.
 */
public final class HiringBenchmark {

  private static final int DIVISIONS = 10;
  private static final int DEPARTMENTS = 5;
  private static final int TEAMS = 20;
  private static final int BLUEPRINTS = 20;
  private static final int REQUISITIONS = 10_000;
  private static final int APPLICATIONS_EACH = 50;
  private static final int MOVES_EACH = 10;
  private static final int WARM_UP = 5;
  private static final int MEASURED = 20;
  private static final Instant NOW = Instant.now();
  private static final Caller HR = new Caller("bench-hr", EnumSet.of(Role.HR));

  private HiringBenchmark() {}

  public static void main(String[] args) throws SQLException {
    LocalDate today = LocalDate.now();
    String from = today.minusYears(1).plusDays(1).toString();
    String to = today.toString();
    System.out.printf(
        "Hiring benchmark, %s, %d cores, Java %s; %,d requisitions, %,d applications, %,d stage"
            + " moves; funnel from %s to %s%n",
        today,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        REQUISITIONS,
        REQUISITIONS * APPLICATIONS_EACH,
        (long) REQUISITIONS * APPLICATIONS_EACH * MOVES_EACH,
        from,
        to);
    DataSource database = pooled(TestDatabases.fresh(DatabaseKind.POSTGRESQL));
    try (JpaTestContext jpa = JpaTestContext.open(database)) {
      long start = System.nanoTime();
      seed(jpa);
      vacuum(database);
      System.out.printf("Seeded in %.0f s.%n", (System.nanoTime() - start) / 1e9);
      FunnelView year =
          jpa.inTransaction(em -> on(em).hiringMetrics().funnel(HR, null, null, null, from, to));
      long entered = year.stages().get(0).entered();
      if (entered < REQUISITIONS * APPLICATIONS_EACH / 3 || year.timeToFill().requisitions() == 0) {
        throw new IllegalStateException("the year's funnel is not what was seeded: " + year);
      }
      System.out.printf(
          "The year: %,d applications entered, %,d hired, %,d requisitions filled; time to fill"
              + " median %s days (net %s), time to hire median %s, offer acceptance %s.%n",
          entered,
          year.stages().get(5).entered(),
          year.timeToFill().requisitions(),
          year.timeToFill().median(),
          year.timeToFill().medianNet(),
          year.timeToHire().median(),
          year.offerAcceptance());
      System.out.println("| database | case | median ms | p95 ms | max ms | target ms | met? |");
      System.out.println("|---|---|---|---|---|---|---|");
      report(
          "whole organisation's funnel, 1 year (~250,000 applications)",
          1000,
          measure(
              () ->
                  jpa.inTransaction(
                      em -> on(em).hiringMetrics().funnel(HR, null, null, null, from, to))));
      HiringScope lastYear =
          new HiringScope(
              null,
              null,
              null,
              today.minusYears(1).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
              today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      report(
          "  of which the funnel's counts (one statement)",
          1000,
          measure(() -> jpa.inTransaction(em -> new JdbcHiringFacts(em).funnel(lastYear))));
      report(
          "  of which fills, hires and offer answers (three statements)",
          1000,
          measure(
              () ->
                  jpa.inTransaction(
                      em -> {
                        JdbcHiringFacts facts = new JdbcHiringFacts(em);
                        return facts.fills(lastYear).size()
                            + facts.hires(lastYear).size()
                            + facts.offerAnswers(lastYear).length;
                      })));
      report(
          "one division's funnel, 1 year (~25,000 applications)",
          1000,
          measure(
              () ->
                  jpa.inTransaction(
                      em -> on(em).hiringMetrics().funnel(HR, division(1), null, null, from, to))));
      BoardView board = jpa.inTransaction(em -> on(em).pipeline().board(HR, REQUISITIONS / 2));
      int cards =
          board.ended().size() + board.columns().stream().mapToInt(c -> c.cards().size()).sum();
      if (cards != APPLICATIONS_EACH) {
        throw new IllegalStateException("the board has " + cards + " applications");
      }
      report(
          "a requisition's board (50 applications)",
          200,
          measure(() -> jpa.inTransaction(em -> on(em).pipeline().board(HR, REQUISITIONS / 2))));
    }
    System.exit(0);
  }

  /** The organisation through the repositories; the hiring rows by the database itself. */
  private static void seed(JpaTestContext jpa) {
    long[] blueprints = jpa.inTransaction(HiringBenchmark::blueprints);
    jpa.run(
        em -> {
          List<OrgUnitRecord> units = new ArrayList<>();
          for (int d = 1; d <= DIVISIONS; d++) {
            units.add(
                new OrgUnitRecord(
                    division(d), "Division " + d, OrgUnitKind.DIVISION, null, null, null));
            for (int p = 1; p <= DEPARTMENTS; p++) {
              String department = division(d) + "-P" + p;
              units.add(
                  new OrgUnitRecord(
                      department,
                      "Department " + department,
                      OrgUnitKind.DEPARTMENT,
                      division(d),
                      null,
                      null));
              for (int t = 1; t <= TEAMS; t++) {
                String team = String.format("%s-T%02d", department, t);
                units.add(
                    new OrgUnitRecord(
                        team, "Team " + team, OrgUnitKind.TEAM, department, null, null));
              }
            }
          }
          new JpaOrgUnitRepository(em).insert(units, NOW);
        });
    String bp =
        "(ARRAY["
            + String.join(",", Arrays.stream(blueprints).mapToObj(Long::toString).toList())
            + "])";
    // team of requisition r (1-based): teams are numbered in code order
    jpa.run(
        em -> {
          Jdbc.execute(
              em,
              "CREATE TEMP TABLE bench_team AS SELECT row_number() OVER (ORDER BY code) AS n, code"
                  + " FROM org_unit WHERE kind = 'TEAM'");
          Jdbc.execute(
              em,
              "INSERT INTO requisition (id, org_unit_code, blueprint_id, blueprint_revision, level,"
                  + " fte, target_start, hiring_manager, recruiter, within_plan, status, created_by,"
                  + " created_at, approved_by, approved_at, opened_at, hold_seconds, open_from,"
                  + " revision)"
                  + " SELECT g, t.code, "
                  + bp
                  + "[1 + g % "
                  + BLUEPRINTS
                  + "], 1, 'SENIOR', 1, CURRENT_DATE, 'bench-manager', 'bench-hr', TRUE, 'OPEN',"
                  + " 'bench-manager', a - INTERVAL '2 days', 'bench-leader', a, a + INTERVAL '1"
                  + " day', (g % 7) * 86400, CAST(a AS DATE), 1"
                  + " FROM (SELECT g, CURRENT_TIMESTAMP - (760 - (g * 37) % 730) * INTERVAL '1 day'"
                  + " AS a FROM generate_series(CAST(1 AS BIGINT), "
                  + REQUISITIONS
                  + ") g) r JOIN bench_team t ON t.n = 1 + (r.g - 1) % "
                  + (DIVISIONS * DEPARTMENTS * TEAMS));
          Jdbc.execute(
              em,
              "INSERT INTO requisition_stage (requisition_id, list_index, stage_name,"
                  + " reporting_stage) SELECT r.id, s.i, s.name, s.stage FROM requisition r CROSS"
                  + " JOIN (VALUES (0, 'Applied', 'APPLIED'), (1, 'Screen', 'SCREEN'), (2,"
                  + " 'Technical interview', 'INTERVIEW'), (3, 'Panel', 'FINAL'), (4, 'Offer',"
                  + " 'OFFER'), (5, 'Hired', 'HIRED')) AS s(i, name, stage)");
        });
    int applications = REQUISITIONS * APPLICATIONS_EACH;
    jpa.run(
        em ->
            Jdbc.execute(
                em,
                "INSERT INTO candidate (id, given_name, family_name, email, phone, source, email_key,"
                    + " name_phone_key, created_by, created_at, updated_at, revision)"
                    + " SELECT g, 'Given', 'Family ' || g, 'candidate' || g || '@example.com', NULL,"
                    + " (ARRAY['CAREERS_SITE','JOB_BOARD','REFERRAL','AGENCY','JOB_FAIR','SOCIAL',"
                    + "'INTERNAL','OTHER'])[1 + g % 8], 'candidate' || g || '@example.com', NULL,"
                    + " 'bench-hr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1"
                    + " FROM generate_series(CAST(1 AS BIGINT), "
                    + applications
                    + ") g"));
    // furthest reporting stage by a spread of the id: 40% Applied, 25% Screen, 18% Interview,
    // 10% Final, 4% Offer, 3% Hired; 15% of those not hired still active
    jpa.run(
        em ->
            Jdbc.execute(
                em,
                "INSERT INTO application (id, requisition_id, candidate_id, stage_index, stage_name,"
                    + " reporting_stage, furthest_stage, status, outcome_reason, applied_at,"
                    + " stage_entered_at, closed_at, created_by, seconds_applied, seconds_screen,"
                    + " seconds_interview, seconds_final, seconds_offer, revision)"
                    + " SELECT g, 1 + (g - 1) / "
                    + APPLICATIONS_EACH
                    + ", g, f, (ARRAY['Applied','Screen','Technical interview','Panel','Offer',"
                    + "'Hired'])[1 + f], s, s,"
                    + " CASE WHEN f = 5 THEN 'HIRED' WHEN h % 100 < 15 THEN 'ACTIVE' WHEN h % 100 < 25"
                    + " THEN 'WITHDRAWN' ELSE 'REJECTED' END, NULL, a, a + f * INTERVAL '4 days',"
                    + " CASE WHEN f < 5 AND h % 100 < 15 THEN NULL ELSE a + (f + 1) * INTERVAL '4"
                    + " days' END, 'bench-hr',"
                    + " 86400 * (1 + h % 9) + h % 86400,"
                    + " CASE WHEN f >= 1 THEN 86400 * (2 + h % 7) + h % 3600 END,"
                    + " CASE WHEN f >= 2 THEN 86400 * (3 + h % 11) END,"
                    + " CASE WHEN f >= 3 THEN 86400 * (2 + h % 5) END,"
                    + " CASE WHEN f >= 4 THEN 86400 * (1 + h % 6) END, 1"
                    + " FROM (SELECT g, h, a, CASE WHEN h % 100 < 40 THEN 0 WHEN h % 100 < 65 THEN 1"
                    + " WHEN h % 100 < 83 THEN 2 WHEN h % 100 < 93 THEN 3 WHEN h % 100 < 97 THEN 4"
                    + " ELSE 5 END AS f,"
                    + " (ARRAY['APPLIED','SCREEN','INTERVIEW','FINAL','OFFER','HIRED'])[1 + CASE WHEN"
                    + " h % 100 < 40 THEN 0 WHEN h % 100 < 65 THEN 1 WHEN h % 100 < 83 THEN 2 WHEN"
                    + " h % 100 < 93 THEN 3 WHEN h % 100 < 97 THEN 4 ELSE 5 END] AS s"
                    + " FROM (SELECT g, (g * 2654435761) % 1000003 AS h, CURRENT_TIMESTAMP - ((g *"
                    + " 7919) % 730) * INTERVAL '1 day' - (g % 86400) * INTERVAL '1 second' AS a"
                    + " FROM generate_series(CAST(1 AS BIGINT), "
                    + applications
                    + ") g) x) y"));
    jpa.run(
        em ->
            Jdbc.execute(
                em,
                "INSERT INTO stage_move (id, application_id, from_stage, to_stage, outcome, reason,"
                    + " moved_by, moved_at)"
                    + " SELECT m, 1 + (m - 1) / "
                    + MOVES_EACH
                    + ", CASE WHEN (m - 1) % "
                    + MOVES_EACH
                    + " = 0 THEN NULL ELSE 'Screen' END, 'Technical interview', NULL, NULL,"
                    + " 'bench-hr', CURRENT_TIMESTAMP - ((m - 1) % "
                    + MOVES_EACH
                    + ") * INTERVAL '1 day'"
                    + " FROM generate_series(CAST(1 AS BIGINT), "
                    + (long) applications * MOVES_EACH
                    + ") m"));
    // offers: accepted for the hired, and for some at Offer declined
    jpa.run(
        em -> {
          Jdbc.execute(
              em,
              "INSERT INTO offer (id, application_id, requisition_id, level, fte, start_date,"
                  + " annual_salary, rate_per_fte, needs_leadership, status, hr_approved_by,"
                  + " hr_approved_at, decided_at, created_by, created_at, revision)"
                  + " SELECT a.id, a.id, a.requisition_id, 'SENIOR', 1, CAST(a.closed_at AS DATE) +"
                  + " 30, 90000, 90000, FALSE, CASE WHEN a.furthest_stage = 'HIRED' THEN 'ACCEPTED'"
                  + " ELSE 'DECLINED' END, 'bench-hr', a.closed_at - INTERVAL '2 days', a.closed_at"
                  + " - INTERVAL '1 day', 'bench-hr', a.closed_at - INTERVAL '3 days', 1"
                  + " FROM application a WHERE a.furthest_stage = 'HIRED' OR (a.furthest_stage ="
                  + " 'OFFER' AND a.status <> 'ACTIVE')");
          Jdbc.execute(
              em,
              "UPDATE requisition r SET accepted_at = o.decided_at, status = 'FILLED', closed_at ="
                  + " o.decided_at, open_until = o.start_date FROM (SELECT requisition_id,"
                  + " MIN(decided_at) AS decided_at, MIN(start_date) AS start_date FROM offer WHERE"
                  + " status = 'ACCEPTED' GROUP BY requisition_id) o WHERE r.id = o.requisition_id");
          Jdbc.execute(em, "DROP TABLE bench_team");
        });
  }

  /**
   * Statistics and the visibility map, as autovacuum keeps them on a live database: query plans do
   * not change mid-run, and index-only scans can skip the table.
   */
  private static void vacuum(DataSource database) throws SQLException {
    try (java.sql.Connection connection = database.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM ANALYZE");
    }
  }

  private static long[] blueprints(EntityManager em) {
    JpaRoleBlueprintRepository repository = new JpaRoleBlueprintRepository(em);
    long[] ids = new long[BLUEPRINTS];
    for (int b = 0; b < BLUEPRINTS; b++) {
      RoleBlueprint blueprint =
          RoleBlueprint.draft(
              BlueprintContent.of(
                  "Hiring benchmark role " + (b + 1),
                  "Engineering",
                  Level.SENIOR,
                  Track.INDIVIDUAL_CONTRIBUTOR,
                  "A role of the hiring benchmark.",
                  List.of()),
              NOW);
      blueprint.publish(1, NOW);
      repository.store(blueprint);
      em.flush();
      ids[b] = blueprint.id();
    }
    return ids;
  }

  private static String division(int d) {
    return String.format("D%02d", d);
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

  private static void report(String name, int target, long[] times) {
    double p95 = times[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6;
    System.out.printf(
        "| POSTGRESQL | %s | %.1f | %.1f | %.1f | %d | %s |%n",
        name,
        times[MEASURED / 2] / 1e6,
        p95,
        times[MEASURED - 1] / 1e6,
        target,
        p95 <= target ? "yes" : "no");
  }

  /** The test database behind a connection pool, as Liberty pools the server's connections. */
  private static DataSource pooled(DataSource database) throws SQLException {
    PGSimpleDataSource simple = (PGSimpleDataSource) database;
    PGConnectionPoolDataSource pool = new PGConnectionPoolDataSource();
    pool.setURL(simple.getURL());
    pool.setUser(simple.getUser());
    pool.setPassword(simple.getPassword());
    return JdbcConnectionPool.create(pool);
  }
}
