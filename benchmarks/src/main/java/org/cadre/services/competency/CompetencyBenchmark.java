package org.cadre.services.competency;

import static org.cadre.services.testing.Services.on;

import com.sun.management.OperatingSystemMXBean;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.competency.Coverage;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.Pools;
import org.cadre.services.access.Caller;

/**
 * Competency coverage speed (issue 10) on PostgreSQL: 20,000 employees, each assessed in 30
 * competencies (600,000 assessments), in 1,000 teams of 20 (one organisation above 10 divisions of
 * 5 departments of 20 teams), holding 40 published blueprints that require 12 of 150 competencies
 * each (4 critical, 5 important, 3 optional); each person is assessed in their blueprint's 12 and
 * 18 others, over the last two years (some stale). Written with batched JDBC, then analysed (not
 * measured). Each case runs warm-up rounds, then measured ones; every service call runs in a
 * transaction of its own over a connection pool, without the container around it.
 *
 * <ul>
 *   <li><b>organisation</b>: {@link CoverageService#unit} of the top unit: coverage of every
 *       competency and the heatmap of all 20,000 people. Target: 2 s.
 *   <li><b>team</b>: the same for a team of 20 people. Target: 100 ms.
 *   <li><b>candidates</b>: {@link ReadinessService#candidates} of one blueprint across everyone.
 *       Target: 1 s.
 * </ul>
 *
 * <p>A case meets its target when its 95th percentile does.
 */
public final class CompetencyBenchmark {

  private static final int DIVISIONS = 10;
  private static final int DEPARTMENTS = 5;
  private static final int TEAMS = 20;
  private static final int PEOPLE = 20;
  private static final int BLUEPRINTS = 40;
  private static final int COMPETENCIES = 150;
  private static final int REQUIRED = 12;
  private static final int ASSESSED = 30;
  private static final String TOP = "ORG";
  private static final String TEAM = "D01-P1-T01";
  private static final Instant NOW = Instant.now();
  private static final LocalDate TODAY = LocalDate.now();
  private static final Caller HR = new Caller("bench-hr", EnumSet.of(Role.HR));

  private CompetencyBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int people = DIVISIONS * DEPARTMENTS * TEAMS * PEOPLE;
    System.out.printf(
        "Competency benchmark, %s, %d cores, Java %s, max heap %d MB; %d employees, %d"
            + " assessments, %d blueprints requiring %d of %d competencies%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        people,
        people * ASSESSED,
        BLUEPRINTS,
        REQUIRED,
        COMPETENCIES);
    System.out.println(
        "| database | case | median ms | p95 ms | max ms | CPU median ms, Java + PostgreSQL | load"
            + " | target ms | met? |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    DatabaseKind database = DatabaseKind.POSTGRESQL;
    try (JpaTestContext jpa = JpaTestContext.open(Pools.pooled(TestDatabases.fresh(database)))) {
      long seeding = System.nanoTime();
      long[] blueprints = seed(jpa);
      System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - seeding) / 1e9);

      CoverageView whole = jpa.inTransaction(em -> on(em).coverage().unit(HR, TOP, null));
      CoverageView team = jpa.inTransaction(em -> on(em).coverage().unit(HR, TEAM, null));
      CandidatesView candidates =
          jpa.inTransaction(
              em -> on(em).readiness().candidates(HR, blueprints[0], null, "0.5", null));
      if (whole.people().size() != people
          || team.people().size() != PEOPLE
          || whole.competencies().isEmpty()
          || candidates.candidates().isEmpty()) {
        throw new IllegalStateException("the numbers are not those of the organisation seeded");
      }
      System.out.printf(
          "Organisation: %d competencies, %d at risk; team: %d competencies; candidates at 0.5:"
              + " %d%n",
          whole.competencies().size(),
          whole.competencies().stream().filter(CompetencyCoverageView::atRisk).count(),
          team.competencies().size(),
          candidates.candidates().size());
      breakdown(jpa);
      report(
          database,
          "whole organisation's coverage and heatmap (20,000 people)",
          2000,
          measure(3, 10, () -> jpa.inTransaction(em -> on(em).coverage().unit(HR, TOP, null))));
      report(
          database,
          "a 20-person team's heatmap",
          100,
          measure(10, 30, () -> jpa.inTransaction(em -> on(em).coverage().unit(HR, TEAM, null))));
      report(
          database,
          "candidates for one blueprint across everyone",
          1000,
          measure(
              5,
              20,
              () ->
                  jpa.inTransaction(
                      em -> on(em).readiness().candidates(HR, blueprints[0], null, null, null))));
    }
    System.exit(0);
  }

  /**
   * Where the whole organisation's time goes: reading the people and their latest assessments, the
   * published requirements, the coverage, and the view with the heatmap; medians of 5 runs after 2.
   */
  private static void breakdown(JpaTestContext jpa) {
    long[][] parts = new long[4][5];
    for (int run = -2; run < 5; run++) {
      int r = run;
      jpa.run(
          em -> {
            CompetencyData data = on(em).competencyData();
            long start = System.nanoTime();
            Map<Long, RequiredProfile> profiles = data.profiles(null);
            long required = System.nanoTime();
            List<PersonSkills> people =
                data.people(
                    PeopleQuery.inPost(null, TODAY)
                        .assessedIn(RequiredProfile.competencies(profiles.values())));
            long read = System.nanoTime();
            Coverage coverage = Coverage.of(people, profiles);
            coverage.competencies();
            long covered = System.nanoTime();
            CoverageService.view(TOP, TODAY, coverage, data.staleRule());
            long viewed = System.nanoTime();
            if (r >= 0) {
              parts[0][r] = read - required;
              parts[1][r] = required - start;
              parts[2][r] = covered - read;
              parts[3][r] = viewed - covered;
            }
          });
    }
    String[] names = {"people and assessments read", "requirements read", "coverage", "view"};
    StringBuilder line = new StringBuilder("Whole organisation, medians in ms:");
    for (int i = 0; i < parts.length; i++) {
      Arrays.sort(parts[i]);
      line.append(String.format(" %s %.0f;", names[i], parts[i][2] / 1e6));
    }
    System.out.println(line);
  }

  /**
   * Wall-clock times, the benchmark's CPU times (its garbage collection included) and the database
   * server's CPU times of the measured runs, each sorted.
   */
  private record Times(long[] wall, long[] cpu, long[] database) {}

  private static Times measure(int warmUp, int measured, Supplier<?> work) {
    for (int i = 0; i < warmUp; i++) {
      work.get();
    }
    OperatingSystemMXBean system =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long[] wall = new long[measured];
    long[] cpu = new long[measured];
    long[] database = new long[measured];
    for (int i = 0; i < measured; i++) {
      long startDatabase = databaseCpu();
      long start = System.nanoTime();
      long startCpu = system.getProcessCpuTime();
      work.get();
      cpu[i] = system.getProcessCpuTime() - startCpu;
      wall[i] = System.nanoTime() - start;
      database[i] = databaseCpu() - startDatabase;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    Arrays.sort(database);
    return new Times(wall, cpu, database);
  }

  /**
   * A row of the results: wall-clock median, 95th percentile and maximum, the median CPU times of
   * this JVM (the services, JDBC and garbage collection) and of the database server (the work the
   * call costs, whatever else the machine runs meanwhile; PostgreSQL's are counted in clock ticks
   * of 10 ms), and the load average when the case ended.
   */
  private static void report(DatabaseKind database, String name, int target, Times times) {
    long[] wall = times.wall();
    double p95 = wall[(int) Math.ceil(wall.length * 0.95) - 1] / 1e6;
    System.out.printf(
        "| %s | %s | %.1f | %.1f | %.1f | %.0f + %.0f | %s | %d | %s |%n",
        database,
        name,
        wall[wall.length / 2] / 1e6,
        p95,
        wall[wall.length - 1] / 1e6,
        times.cpu()[times.cpu().length / 2] / 1e6,
        times.database()[times.database().length / 2] / 1e6,
        load(),
        target,
        p95 <= target ? "yes" : "no");
  }

  /**
   * The CPU time (user and system) of this benchmark's PostgreSQL server and its backends so far,
   * in nanoseconds, from /proc: the server is the process whose data directory names this JVM's
   * pid.
   */
  private static long databaseCpu() {
    String data = "data-" + ProcessHandle.current().pid();
    try (var processes = Files.list(Path.of("/proc"))) {
      List<Path> all = processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
      String server = null;
      for (Path process : all) {
        String command = read(process.resolve("cmdline")).replace('\0', ' ');
        if (command.contains("postgres") && command.contains(data)) {
          server = process.getFileName().toString();
        }
      }
      long ticks = 0;
      for (Path process : all) {
        String stat = read(process.resolve("stat"));
        int end = stat.lastIndexOf(')');
        if (end < 0) {
          continue;
        }
        String[] fields = stat.substring(end + 2).split(" ");
        String pid = process.getFileName().toString();
        if (pid.equals(server) || fields[1].equals(server)) {
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
      return ticks * 10_000_000L;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      // the process ended meanwhile
      return "";
    }
  }

  /** The one-minute load average, from /proc/loadavg; "?" where there is none. */
  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  // --- the organisation ---

  /** Writes the catalogue, the blueprints, the organisation and the assessments. */
  private static long[] seed(JpaTestContext jpa) {
    long[] competencies =
        jpa.inTransaction(
            em -> {
              List<Competency> created = new ArrayList<>();
              for (int c = 0; c < COMPETENCIES; c++) {
                created.add(new Competency("Benchmark competency " + (c + 1), NOW));
              }
              new JpaCompetencyRepository(em).storeNew(created);
              return created.stream().mapToLong(Competency::id).toArray();
            });
    long[] blueprints = jpa.inTransaction(em -> blueprints(em, competencies));
    jpa.run(
        em -> {
          List<OrgUnitRecord> units = new ArrayList<>();
          List<EmployeeRecord> people = new ArrayList<>();
          units.add(new OrgUnitRecord(TOP, "Organisation", OrgUnitKind.DIVISION, null, null, null));
          int number = 0;
          for (int d = 1; d <= DIVISIONS; d++) {
            String division = String.format("D%02d", d);
            units.add(
                new OrgUnitRecord(
                    division, "Division " + d, OrgUnitKind.DIVISION, TOP, null, null));
            for (int p = 1; p <= DEPARTMENTS; p++) {
              String department = division + "-P" + p;
              units.add(
                  new OrgUnitRecord(
                      department, "Department " + p, OrgUnitKind.DEPARTMENT, division, null, null));
              for (int t = 1; t <= TEAMS; t++) {
                String team = department + String.format("-T%02d", t);
                units.add(
                    new OrgUnitRecord(
                        team, "Team " + team, OrgUnitKind.TEAM, department, null, null));
                for (int i = 0; i < PEOPLE; i++) {
                  number++;
                  int b = (number * 7 + i) % BLUEPRINTS;
                  people.add(
                      new EmployeeRecord(
                          String.format("E%06d", number),
                          "Given",
                          "Family " + number,
                          null,
                          team,
                          blueprints[b],
                          Level.SENIOR,
                          BigDecimal.ONE,
                          LocalDate.of(2020, 1, 6),
                          null,
                          null,
                          null));
                }
              }
            }
          }
          new JpaOrgUnitRepository(em).insert(units, NOW);
          new JpaEmployeeRepository(em).insert(people, NOW);
        });
    jpa.run(em -> assess(em, competencies));
    jpa.run(em -> Jdbc.execute(em, "ANALYZE"));
    return blueprints;
  }

  /** The competency at position {@code c} of a blueprint's requirements. */
  private static int required(int blueprint, int c) {
    return (blueprint * 11 + c * 7) % COMPETENCIES;
  }

  private static long[] blueprints(EntityManager em, long[] competencies) {
    JpaRoleBlueprintRepository repository = new JpaRoleBlueprintRepository(em);
    long[] ids = new long[BLUEPRINTS];
    for (int b = 0; b < BLUEPRINTS; b++) {
      List<TechnicalSkill> skills = new ArrayList<>();
      for (int c = 0; c < REQUIRED; c++) {
        Importance importance =
            c < 4 ? Importance.CRITICAL : c < 9 ? Importance.IMPORTANT : Importance.OPTIONAL;
        skills.add(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Benchmark competency " + (required(b, c) + 1),
                null,
                null,
                importance,
                importance.label()));
      }
      RoleBlueprint blueprint =
          RoleBlueprint.draft(
              BlueprintContent.of(
                  "Benchmark role " + (b + 1),
                  "Engineering",
                  Level.SENIOR,
                  Track.INDIVIDUAL_CONTRIBUTOR,
                  "A role of the competency benchmark.",
                  skills),
              NOW);
      blueprint
          .latestRevision()
          .linkSkills(s -> competencies[Integer.parseInt(s.name().substring(21)) - 1], s -> 0L);
      blueprint.publish(1, NOW);
      repository.store(blueprint);
      em.flush();
      ids[b] = blueprint.id();
    }
    return ids;
  }

  /** 30 assessments a person: their blueprint's 12 competencies and 18 others. */
  private static void assess(EntityManager em, long[] competencies) {
    List<long[]> employees = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT e.id, r.blueprint_id FROM employee e JOIN blueprint_revision r"
            + " ON r.blueprint_id = e.blueprint_id ORDER BY e.id",
        row -> employees.add(new long[] {row.getLong(1), row.getLong(2)}));
    List<Long> blueprintIds = employees.stream().map(e -> e[1]).distinct().sorted().toList();
    List<Object[]> rows = new ArrayList<>();
    for (long[] employee : employees) {
      int b = blueprintIds.indexOf(employee[1]);
      boolean[] taken = new boolean[COMPETENCIES];
      int count = 0;
      for (int c = 0; c < REQUIRED; c++) {
        taken[required(b, c)] = true;
        rows.add(row(employee[0], competencies[required(b, c)], employee[0] + c));
        count++;
      }
      for (int k = 0; count < ASSESSED; k++) {
        int c = (int) ((employee[0] * 13 + k * 17) % COMPETENCIES);
        if (!taken[c]) {
          taken[c] = true;
          rows.add(row(employee[0], competencies[c], employee[0] * 3 + k));
          count++;
        }
      }
      if (rows.size() >= 50_000) {
        write(em, rows);
        rows.clear();
      }
    }
    write(em, rows);
  }

  /** An assessment at a level from 1 to 5, made within the last two years, from a seed. */
  private static Object[] row(long employee, long competency, long seed) {
    int level = 1 + (int) Math.floorMod(seed * 31 + competency, 5L);
    LocalDate on = TODAY.minusDays(Math.floorMod(seed * 97 + competency * 13, 730L));
    return new Object[] {employee, competency, level, on};
  }

  private static void write(EntityManager em, List<Object[]> rows) {
    Jdbc.batch(
        em,
        "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on, source,"
            + " updated_at) VALUES (nextval('assessment_seq'), ?, ?, ?, ?, 'IMPORT', ?)",
        rows,
        (statement, row) -> {
          statement.setLong(1, (Long) row[0]);
          statement.setLong(2, (Long) row[1]);
          statement.setInt(3, (Integer) row[2]);
          statement.setObject(4, row[3], Types.DATE);
          Jdbc.setInstant(statement, 5, NOW);
        });
  }
}
