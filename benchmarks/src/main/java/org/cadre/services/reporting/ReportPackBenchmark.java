package org.cadre.services.reporting;

import static org.cadre.services.testing.Services.on;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cadre.domain.access.Role;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.people.JdbcWorkforceHistory;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.services.Pools;
import org.cadre.services.access.Caller;
import org.cadre.services.planning.BenchmarkOrganisation;

/**
 * Leadership pack speed (issue 14) in a 512 MB heap (run with {@code -Xmx512m}): the organisation
 * of {@link BenchmarkOrganisation} with 1,000 teams (10 divisions x 5 departments x 20 teams) of 20
 * people each (20,000 employees), plans for 4 quarters (4,000 plans, 80,000 lines) and 200 moves
 * between teams. Each case makes the whole organisation's pack as the background job does: its
 * figures read in one transaction ({@link WorkforcePackAssembler}), then rendered ({@link
 * PackFiles}: the PDF filled through a swap file, exported, and its first page drawn). One run to
 * warm up, then 3 measured; the target is met when the slowest measured run meets it.
 *
 * <ul>
 *   <li>PDF with department pages (about 80 pages): 10 s.
 *   <li>PDF with team pages as well (about 1,100 pages): 30 s.
 *   <li>The Excel twin with team pages: 5 s.
 * </ul>
 */
public final class ReportPackBenchmark {

  private static final int DIVISIONS = 10;
  private static final int DEPARTMENTS = 5;
  private static final int TEAMS = 20;
  private static final int PEOPLE = 20;
  private static final int MOVES = 200;
  private static final int MEASURED = 3;
  private static final Quarter FIRST = Quarter.containing(LocalDate.now());
  private static final Caller LEADER = new Caller("bench-leader", EnumSet.of(Role.LEADERSHIP));

  private ReportPackBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Quarter> quarters = Quarter.range(FIRST, BenchmarkOrganisation.plus(FIRST, 3));
    BenchmarkOrganisation organisation =
        new BenchmarkOrganisation(DIVISIONS, DEPARTMENTS, TEAMS, PEOPLE, FIRST);
    Path swap = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "swap"));
    System.out.printf(
        "Report pack benchmark, %s, %d cores, Java %s, max heap %d MB; %d teams, %d employees,"
            + " %d quarters (%s to %s), %d moves%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() / 1_048_576,
        DIVISIONS * DEPARTMENTS * TEAMS,
        DIVISIONS * DEPARTMENTS * TEAMS * PEOPLE,
        quarters.size(),
        quarters.get(0),
        quarters.get(3),
        MOVES);
    System.out.println(
        "| database | case | pages | size MB | median s | max s | peak heap MB | target s | met? |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (DatabaseKind database : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.H2)) {
      try (JpaTestContext jpa = JpaTestContext.open(Pools.pooled(TestDatabases.fresh(database)))) {
        organisation.seed(jpa, quarters);
        jpa.run(em -> new JdbcWorkforceHistory(em).recordMoves(moves(), java.time.Instant.now()));
        jpa.run(em -> Jdbc.execute(em, "ANALYZE"));
        measure(
            jpa,
            database,
            "PDF, department pages",
            UnitDetail.DEPARTMENTS,
            PackFormat.PDF,
            10,
            swap);
        measure(
            jpa, database, "PDF, team pages as well", UnitDetail.TEAMS, PackFormat.PDF, 30, swap);
        measure(
            jpa, database, "Excel twin, team pages", UnitDetail.TEAMS, PackFormat.XLSX, 5, swap);
      }
    }
    System.exit(0);
  }

  /** Moves into teams of the first division from teams of the same department, in the period. */
  private static List<EmployeeMove> moves() {
    Random random = new Random(14);
    List<EmployeeMove> moves = new ArrayList<>();
    for (int i = 0; i < MOVES; i++) {
      int team = 1 + i % TEAMS;
      int from = 1 + (team % TEAMS);
      int person = (i % TEAMS) * PEOPLE + 1 + random.nextInt(5);
      moves.add(
          new EmployeeMove(
              String.format("E%05d", person),
              BenchmarkOrganisation.team(1, 1 + i % DEPARTMENTS, from),
              BenchmarkOrganisation.team(1, 1 + i % DEPARTMENTS, team),
              FIRST.start().plusDays(random.nextInt(80))));
    }
    return moves;
  }

  private static void measure(
      JpaTestContext jpa,
      DatabaseKind database,
      String name,
      UnitDetail detail,
      PackFormat format,
      int target,
      Path swap) {
    ReportRequest request =
        new ReportRequest(
            ReportRequest.WORKFORCE,
            null,
            FIRST,
            BenchmarkOrganisation.plus(FIRST, 3),
            Scenarios.BASELINE,
            detail,
            format,
            "en");
    PackLabels labels = PackLabels.of(Locale.ENGLISH);
    long[] times = new long[MEASURED];
    long peak = 0;
    PackFiles.Rendered made = null;
    for (int run = -1; run < MEASURED; run++) {
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      WorkforcePack pack =
          jpa.inTransaction(em -> on(em).workforcePacks().assemble(LEADER, request, labels));
      made = PackFiles.render(pack, request, labels, swap, percent -> {});
      long took = System.nanoTime() - start;
      if (run >= 0) {
        times[run] = took;
        peak = Math.max(peak, peakHeap());
      }
    }
    Arrays.sort(times);
    double max = times[MEASURED - 1] / 1e9;
    System.out.printf(
        "| %s | %s | %s | %.1f | %.1f | %.1f | %d | %d | %s |%n",
        database,
        name,
        made.pages() == null ? "-" : made.pages().toString(),
        made.file().content().length / 1_048_576.0,
        times[MEASURED / 2] / 1e9,
        max,
        peak / 1_048_576,
        target,
        max <= target ? "yes" : "no");
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The peak use of each heap pool since the last reset, summed: at most the heap's peak. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
