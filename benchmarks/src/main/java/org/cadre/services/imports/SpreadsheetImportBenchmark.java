package org.cadre.services.imports;

import static org.cadre.services.testing.Services.on;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.imports.FileFacts;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.imports.JpaImportRunRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.imports.kinds.AssessmentImport;
import org.cadre.services.imports.kinds.ReferenceData;
import org.cadre.services.imports.kinds.RowAssessments;
import org.cadre.services.imports.sheet.SheetLimits;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * Spreadsheet import speed (issues 4 and 15): 100,000 assessment rows (20,000 employees x 5
 * competencies) in one xlsx file, dry run plus commit, on H2 and PostgreSQL, in a JVM limited to
 * 512 MB. Goal: the whole import in at most 1.5 times the floor plus a bare streaming read of the
 * same file, all measured in the same run; the floor is the database's own {@code INSERT ...
 * SELECT} of the same 100,000 rows, already resolved to ids, from a plain table into {@code
 * assessment} with its keys and both foreign keys, in one transaction. The import is assembled from
 * the classes the server runs (the reference loader, the file check, the import definition, the
 * stager, the applier and the JDBC repositories) in one resource-local transaction per step,
 * without the batch job around them. The commit stages the dry run's plan in checkpointed chunks
 * and applies it in one transaction (the import job's staging and apply steps), as the server does
 * when the data has not changed since the dry run; the last column is a commit that checks the file
 * again, as after a restart.
 */
public final class SpreadsheetImportBenchmark {

  private static final int EMPLOYEES = 20_000;
  private static final int COMPETENCIES = 5;
  private static final int ROWS = EMPLOYEES * COMPETENCIES;
  private static final int ROUNDS = 3;

  /** The server's default {@code cadre.import.checkpoint-every}. */
  private static final int CHECKPOINT_EVERY = 5000;

  /** The import may take this many times the floor plus the bare read (issue 15). */
  private static final double GOAL = 1.5;

  /** The floor's source: the rows the import writes, as a plain table of resolved ids. */
  private static final String FLOOR_SOURCE = "benchmark_floor_source";

  private SpreadsheetImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path file = work.resolve("assessments-100k.xlsx");
    List<String> competencies = new ArrayList<>();
    for (int c = 1; c <= COMPETENCIES; c++) {
      competencies.add("Benchmark skill " + c);
    }
    write(file, competencies);
    System.out.printf(
        "Spreadsheet import benchmark, %s, %d cores, max heap %d MB, Java %s, file %.1f MB%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version(),
        Files.size(file) / 1e6);
    System.out.println(
        "| database | bare read s | floor s | dry run s | commit s (staging + apply) | import s"
            + " | import / (floor + read) | goal met? | import / read | rows/s"
            + " | commit checking the file again s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (DatabaseKind database : DatabaseKind.values()) {
      try (JpaTestContext jpa = JpaTestContext.open(TestDatabases.fresh(database))) {
        seed(jpa, competencies);
        double read = 0;
        double floor = 0;
        double dryRun = 0;
        double commit = 0;
        double staging = 0;
        double recheck = 0;
        for (int round = 0; round <= ROUNDS; round++) {
          clear(jpa);
          CheckedPlans plans = new CheckedPlans();
          long t0 = System.nanoTime();
          int rows = bareRead(file);
          long t1 = System.nanoTime();
          String stamp = jpa.inTransaction(em -> on(em).referenceLoader().dataStamp());
          plans.keep(1, check(jpa, file), stamp);
          long t2 = System.nanoTime();
          String now = jpa.inTransaction(em -> on(em).referenceLoader().dataStamp());
          @SuppressWarnings("unchecked")
          FileCheck<RowAssessments> kept =
              (FileCheck<RowAssessments>) plans.find(1, now).orElseThrow();
          double staged = commit(jpa, kept);
          long t3 = System.nanoTime();
          clear(jpa);
          double floored = floor(jpa, kept);
          clear(jpa);
          long t4 = System.nanoTime();
          commit(jpa, check(jpa, file));
          long t5 = System.nanoTime();
          if (rows != ROWS || kept.plan().counts(false).toCreate() != ROWS) {
            throw new IllegalStateException("read " + rows + " rows, " + kept.plan().problems());
          }
          if (round == 0) {
            continue; // warm-up
          }
          read += (t1 - t0) / 1e9;
          floor += floored;
          dryRun += (t2 - t1) / 1e9;
          commit += (t3 - t2) / 1e9;
          staging += staged;
          recheck += (t5 - t4) / 1e9;
        }
        read /= ROUNDS;
        floor /= ROUNDS;
        dryRun /= ROUNDS;
        commit /= ROUNDS;
        staging /= ROUNDS;
        recheck /= ROUNDS;
        double ratio = (dryRun + commit) / (floor + read);
        System.out.printf(
            "| %s | %.2f | %.2f | %.2f | %.2f (%.2f + %.2f) | %.2f | %.2fx | %s | %.1fx | %,.0f"
                + " | %.2f |%n",
            database,
            read,
            floor,
            dryRun,
            commit,
            staging,
            commit - staging,
            dryRun + commit,
            ratio,
            ratio <= GOAL ? "yes" : "no",
            (dryRun + commit) / read,
            ROWS / (dryRun + commit),
            recheck);
      }
    }
  }

  private static void write(Path file, List<String> competencies) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000);
        OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = workbook.createSheet("Assessments");
      Row header = sheet.createRow(0);
      String[] names = {"Employee number", "Competency", "Level", "Assessed on", "Source"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      int r = 1;
      for (int e = 1; e <= EMPLOYEES; e++) {
        for (int c = 0; c < competencies.size(); c++) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(number(e));
          row.createCell(1).setCellValue(competencies.get(c));
          row.createCell(2).setCellValue((e + c) % 6);
          row.createCell(3).setCellValue("2026-01-" + (10 + c));
          row.createCell(4).setCellValue("Manager");
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static String number(int e) {
    return String.format("B%06d", e);
  }

  private static void seed(JpaTestContext jpa, List<String> competencies) {
    Instant now = Instant.now();
    jpa.run(
        em -> {
          new JpaOrgUnitRepository(em)
              .insert(
                  List.of(
                      new OrgUnitRecord("BENCH", "Benchmark", OrgUnitKind.TEAM, null, null, null)),
                  now);
          List<EmployeeRecord> employees = new ArrayList<>();
          for (int e = 1; e <= EMPLOYEES; e++) {
            employees.add(
                new EmployeeRecord(
                    number(e),
                    "Given",
                    "Family " + e,
                    null,
                    "BENCH",
                    null,
                    null,
                    BigDecimal.ONE,
                    null,
                    null,
                    null,
                    null));
          }
          new JpaEmployeeRepository(em).insert(employees, now);
          new JpaCompetencyRepository(em)
              .storeNew(competencies.stream().map(name -> new Competency(name, now)).toList());
        });
  }

  private static int bareRead(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        SheetReader sheet =
            SheetReader.open(
                in,
                file.getFileName().toString(),
                new AssessmentImport().columns(),
                SheetLimits.DEFAULTS);
        Stream<SheetRow> rows = sheet.rows()) {
      return (int) rows.count();
    }
  }

  private static FileCheck<RowAssessments> check(JpaTestContext jpa, Path file) {
    ReferenceData data =
        jpa.inTransaction(em -> on(em).referenceLoader().load(ImportKind.ASSESSMENTS));
    try (InputStream in = Files.newInputStream(file)) {
      return FileCheck.of(
          new AssessmentImport(),
          data,
          in,
          file.getFileName().toString(),
          SheetLimits.DEFAULTS,
          rows -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A commit as the server's import job makes it: a run, its changes staged in chunks of {@value
   * #CHECKPOINT_EVERY}, each in a transaction with its checkpoint, then applied in one transaction.
   *
   * @return the seconds spent staging
   */
  private static double commit(JpaTestContext jpa, FileCheck<RowAssessments> check) {
    ImportCounts counts = check.plan().counts(false);
    long runId =
        jpa.inTransaction(
            em -> {
              ImportRun run =
                  new ImportRun(
                      ImportKind.ASSESSMENTS,
                      ImportMode.COMMIT,
                      new FileFacts("assessments-100k.xlsx", "benchmark", 0),
                      false,
                      "benchmark",
                      Instant.now(),
                      null);
              new JpaImportRunRepository(em).store(run);
              run.counted(counts);
              run.enter(ImportStatus.APPLYING);
              return run.id();
            });
    AssessmentImport definition = new AssessmentImport();
    long start = System.nanoTime();
    List<ImportPlan.Change<RowAssessments>> writes = check.plan().writes();
    for (int from = 0; from < writes.size(); from += CHECKPOINT_EVERY) {
      List<ImportPlan.Change<RowAssessments>> chunk =
          writes.subList(from, Math.min(writes.size(), from + CHECKPOINT_EVERY));
      int staged = from;
      jpa.run(em -> on(em).importStager().stage(runId, definition, chunk, staged));
    }
    long staged = System.nanoTime();
    jpa.run(em -> on(em).importApplier().apply(runId));
    return (staged - start) / 1e9;
  }

  /**
   * The floor: the same rows the commit writes, put into a plain table beforehand (not timed), then
   * copied into {@code assessment} by one {@code INSERT ... SELECT} as the applier writes them (ids
   * from the sequence, the time stamped), checked by its keys and foreign keys, in one transaction.
   *
   * @return the seconds of the {@code INSERT ... SELECT} and its commit
   */
  private static double floor(JpaTestContext jpa, FileCheck<RowAssessments> check) {
    jpa.run(
        em -> {
          em.createNativeQuery("DROP TABLE IF EXISTS " + FLOOR_SOURCE).executeUpdate();
          em.createNativeQuery(
                  "CREATE TABLE "
                      + FLOOR_SOURCE
                      + " (employee_id BIGINT NOT NULL, competency_id BIGINT NOT NULL,"
                      + " level INTEGER NOT NULL, assessed_on DATE NOT NULL,"
                      + " source VARCHAR(20) NOT NULL)")
              .executeUpdate();
        });
    List<AssessmentRecord> rows =
        check.plan().writes().stream().flatMap(c -> c.record().created().stream()).toList();
    jpa.run(
        em ->
            Jdbc.batch(
                em,
                "INSERT INTO " + FLOOR_SOURCE + " VALUES (?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                  statement.setLong(1, row.employeeId());
                  statement.setLong(2, row.competencyId());
                  statement.setInt(3, row.level());
                  statement.setObject(4, row.assessedOn());
                  statement.setString(5, row.source().name());
                }));
    long start = System.nanoTime();
    jpa.run(
        em ->
            Jdbc.execute(
                em,
                "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on,"
                    + " source, updated_at) SELECT nextval('assessment_seq'), employee_id,"
                    + " competency_id, level, assessed_on, source, ? FROM "
                    + FLOOR_SOURCE,
                Instant.now()));
    double seconds = (System.nanoTime() - start) / 1e9;
    jpa.run(em -> em.createNativeQuery("DROP TABLE " + FLOOR_SOURCE).executeUpdate());
    return seconds;
  }

  /** Removes the assessments so that every round's commit creates all of them. */
  private static void clear(JpaTestContext jpa) {
    jpa.run(em -> em.createNativeQuery("DELETE FROM assessment").executeUpdate());
  }
}
