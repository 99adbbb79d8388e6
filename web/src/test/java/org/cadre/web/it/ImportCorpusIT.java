package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.TooLargeException;
import org.cadre.services.imports.ImportFiles;
import org.cadre.services.imports.ImportRunView;
import org.cadre.services.imports.ImportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import error corpus inside the server: each bad file is dry-run and then committed, and each
 * gives its exact error and leaves the org units, employees and assessments tables as they were
 * (counted in the database).
 */
@ExtendWith(ArquillianExtension.class)
class ImportCorpusIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String EMPLOYEE_HEADER =
      "Employee number,Given name,Family name,Email,Org unit,Blueprint,Level,FTE,Hire date\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTest(ImportCorpusIT.class, org.assertj.core.api.Assertions.class);
  }

  @Inject private ImportService imports;
  @Inject private ImportFiles files;
  @Inject private UserDirectory directory;

  @Resource(lookup = "jdbc/cadre")
  private DataSource database;

  private Caller hr;
  private String competency;

  @BeforeEach
  void baseData() {
    hr = directory.authenticate("hr", "demo".toCharArray()).orElseThrow();
    commit(
        ImportKind.ORG_UNITS,
        "base-units.csv",
        csv(
            "Code,Name,Kind,Parent code,Manager,Cost centre\n"
                + "CORPUS,Corpus division,Division,,,CC-9\n"
                + "CORPUS-T1,Corpus team,Team,CORPUS,,\n"));
    commit(
        ImportKind.EMPLOYEES,
        "base-people.csv",
        csv(
            EMPLOYEE_HEADER
                + "C-1,Ada,Lovelace,ada@example.org,CORPUS-T1,,Senior,1,2024-01-15\n"
                + "C-2,Alan,Turing,alan@example.org,CORPUS-T1,,Mid-level,0.8,2025-03-01\n"));
    competency = firstCompetency();
  }

  @Test
  void everyBadRowIsReportedExactlyAndNothingIsWritten() {
    List<BadRow> corpus =
        List.of(
            new BadRow(
                ImportKind.EMPLOYEES,
                "unknown-unit.csv",
                csv(EMPLOYEE_HEADER + "C-10,Grace,Hopper,,NOWHERE,,,1,2024-01-01\n"),
                "Row 2, column \"Org unit\": no org unit has the code NOWHERE: import org units"
                    + " first"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "duplicate.csv",
                csv(
                    EMPLOYEE_HEADER
                        + "C-11,Grace,Hopper,,CORPUS-T1,,,1,2024-01-01\n"
                        + "C-11,Grace,Hopper,,CORPUS-T1,,,1,2024-01-01\n"),
                "Row 3, column \"Employee number\": employee C-11 is on row 2 already"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "february.csv",
                csv(EMPLOYEE_HEADER + "C-12,Grace,Hopper,,CORPUS-T1,,,1,31/02/2026\n"),
                "Row 2, column \"Hire date\": \"31/02/2026\" is not a date"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "negative-fte.csv",
                csv(EMPLOYEE_HEADER + "C-13,Grace,Hopper,,CORPUS-T1,,,-1,2024-01-01\n"),
                "Row 2, column \"FTE\": FTE is a share of a full-time post, above 0 and at most 1"
                    + " (e.g. 0.8), not -1"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "text-fte.xlsx",
                xlsx(
                    List.of(
                        List.of("Employee number", "Given name", "Family name", "Org unit", "FTE"),
                        List.of("C-14", "Grace", "Hopper", "CORPUS-T1", "full time"))),
                "Row 2, column \"FTE\": \"full time\" is not a number"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "email.csv",
                csv(EMPLOYEE_HEADER + "C-15,Grace,Hopper,grace-at-navy,CORPUS-T1,,,1,2024-01-01\n"),
                "Row 2, column \"Email\": \"grace-at-navy\" is not an email address"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "blueprint.csv",
                csv(EMPLOYEE_HEADER + "C-16,Grace,Hopper,,CORPUS-T1,Astronaut,,1,2024-01-01\n"),
                "Row 2, column \"Blueprint\": no blueprint is titled \"Astronaut\""),
            new BadRow(
                ImportKind.EMPLOYEES,
                "level.csv",
                csv(EMPLOYEE_HEADER + "C-17,Grace,Hopper,,CORPUS-T1,,Wizard,1,2024-01-01\n"),
                "Row 2, column \"Level\": \"Wizard\" is not a level: use one of Junior,"
                    + " Associate, Mid-level, Senior, Lead, Staff, Principal, Distinguished,"
                    + " Manager, Senior Manager, Director, Head, VP, Chief"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "ended-before.csv",
                csv(
                    "Employee number,Given name,Family name,Org unit,Hire date,End date\n"
                        + "C-18,Grace,Hopper,CORPUS-T1,2024-05-01,2024-04-30\n"),
                "Row 2, column \"End date\": the end date 2024-04-30 is before the hire date"
                    + " 2024-05-01"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "no-name.csv",
                csv(EMPLOYEE_HEADER + "C-19,,Hopper,,CORPUS-T1,,,1,2024-01-01\n"),
                "Row 2, column \"Given name\": a value is required"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "bell.csv",
                csv(EMPLOYEE_HEADER + "C-20,Gra\u0007ce,Hopper,,CORPUS-T1,,,1,2024-01-01\n"),
                "Row 2, column \"Given name\": \"Gra[U+0007]ce\" contains the control character"
                    + " U+0007, which text cannot hold; remove it"),
            new BadRow(
                ImportKind.EMPLOYEES,
                "override.xlsx",
                xlsx(
                    List.of(
                        List.of("Employee number", "Given name", "Family name", "Org unit"),
                        List.of("C-21", "Grace", "Hop\u202Eper", "CORPUS-T1"))),
                "Row 2, column \"Family name\": \"Hop[U+202E]per\" contains U+202E, a"
                    + " bidirectional override that can disguise text; remove it"),
            new BadRow(
                ImportKind.ORG_UNITS,
                "cycle.csv",
                csv(
                    "Code,Name,Kind,Parent code\n"
                        + "CYC-A,A,Team,CYC-B\n"
                        + "CYC-B,B,Team,CYC-C\n"
                        + "CYC-C,C,Team,CYC-A\n"),
                "Row 2, column \"Parent code\": the parents form a cycle: CYC-A > CYC-B > CYC-C"
                    + " > CYC-A"),
            new BadRow(
                ImportKind.ORG_UNITS,
                "kind.csv",
                csv("Code,Name,Kind\nSQ-1,Squad one,Squad\n"),
                "Row 2, column \"Kind\": \"Squad\" is not a unit kind: use Division, Department or"
                    + " Team"),
            new BadRow(
                ImportKind.ORG_UNITS,
                "code.csv",
                csv("Code,Name,Kind\nA B,Spaced,Team\n"),
                "Row 2, column \"Code\": \"A B\" is not a unit code"),
            new BadRow(
                ImportKind.ORG_UNITS,
                "parent.csv",
                csv("Code,Name,Kind,Parent code\nORPHAN,Orphan,Team,MISSING\n"),
                "Row 2, column \"Parent code\": no org unit has the code MISSING, neither stored"
                    + " nor in this file"),
            new BadRow(
                ImportKind.ORG_UNITS,
                "manager.csv",
                csv("Code,Name,Kind,Parent code,Manager\nMGR-1,Managed,Team,CORPUS,C-404\n"),
                "Row 2, column \"Manager\": no employee has the number C-404: import employees"
                    + " first, then the units with their managers"),
            new BadRow(
                ImportKind.ASSESSMENTS,
                "level-7.csv",
                csv(
                    "Employee number,Competency,Level,Assessed on\n"
                        + "C-1,"
                        + quoted(competency)
                        + ",7,2026-01-10\n"),
                "Row 2, column \"Level\": a proficiency level is a whole number from 0 (none) to 5"
                    + " (expert), not 7"),
            new BadRow(
                ImportKind.ASSESSMENTS,
                "unknown-competency.csv",
                csv("Employee number,Competency,Level,Assessed on\nC-1,Juggling,3,2026-01-10\n"),
                "Row 2, column \"Competency\": no competency in the catalogue is called"
                    + " \"Juggling\""),
            new BadRow(
                ImportKind.ASSESSMENTS,
                "unknown-employee.csv",
                csv(
                    "Employee number,Competency,Level,Assessed on\n"
                        + "NOBODY,"
                        + quoted(competency)
                        + ",3,2026-01-10\n"),
                "Row 2, column \"Employee number\": no employee has the number NOBODY: import"
                    + " employees first"),
            new BadRow(
                ImportKind.ASSESSMENTS,
                "source.csv",
                csv(
                    "Employee number,Competency,Level,Assessed on,Source\n"
                        + "C-1,"
                        + quoted(competency)
                        + ",3,2026-01-10,Peer\n"),
                "Row 2, column \"Source\": \"Peer\" is not a source: use one of Self, Manager,"
                    + " Import, Interview"),
            new BadRow(
                ImportKind.ASSESSMENT_MATRIX,
                "matrix-level.csv",
                csv("Employee number,Assessed on," + quoted(competency) + "\nC-2,2026-01-10,3.5\n"),
                "Row 2, column \"" + competency + "\": \"3.5\" is not a whole number"));
    for (BadRow bad : corpus) {
      Counts before = counts();
      ImportRunView dryRun = run(bad.kind(), ImportMode.DRY_RUN, bad.name(), bad.content());
      assertThat(dryRun.status()).as(bad.name()).isEqualTo(ImportStatus.CHECKED);
      assertThat(messages(dryRun)).as(bad.name()).anyMatch(m -> m.startsWith(bad.error()));

      ImportRunView commit = run(bad.kind(), ImportMode.COMMIT, bad.name(), bad.content());
      assertThat(commit.status()).as(bad.name()).isEqualTo(ImportStatus.FAILED);
      assertThat(commit.message()).as(bad.name()).contains("nothing was written");
      assertThat(counts()).as(bad.name()).isEqualTo(before);
    }
  }

  @Test
  void everyBadFileIsRefusedWithItsReasonAndNothingIsWritten() {
    List<BadFile> corpus =
        List.of(
            new BadFile("empty.csv", new byte[0], "empty.csv: the file is empty"),
            new BadFile(
                "missing-column.csv",
                csv("Employee number,Given name,Org unit\nC-30,Ann,CORPUS-T1\n"),
                "missing-column.csv: the required column \"Family name\" (or \"Last name\" or"
                    + " \"Surname\") is missing: the header row (row 1) has \"Employee number\","
                    + " \"Given name\", \"Org unit\""),
            new BadFile(
                "tabs.csv",
                csv("Employee number\tGiven name\tFamily name\tOrg unit\nC-31\tA\tB\tCORPUS-T1\n"),
                "tabs.csv: the columns are separated by tabs"),
            new BadFile(
                "staff.xlsx",
                zip(
                    Map.of(
                        "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")),
                "staff.xlsx: a Word document (.docx), not a spreadsheet"),
            new BadFile(
                "secret.xlsx",
                encrypted(xlsx(List.of(List.of("Employee number"), List.of("C-32")))),
                "secret.xlsx: the workbook is protected with a password (encrypted)"),
            new BadFile("bomb.xlsx", bomb(), "bomb.xlsx: "),
            new BadFile(
                "entity.xlsx",
                entity(),
                "entity.xlsx: not a genuine Excel workbook: its part xl/worksheets/sheet1.xml"
                    + " declares a document type (DOCTYPE)"));
    for (BadFile bad : corpus) {
      Counts before = counts();
      ImportRunView dryRun =
          run(ImportKind.EMPLOYEES, ImportMode.DRY_RUN, bad.name(), bad.content());
      assertThat(dryRun.status()).as(bad.name()).isEqualTo(ImportStatus.FAILED);
      assertThat(dryRun.message()).as(bad.name()).startsWith(bad.reason());
      assertThat(files.exists(dryRun.importId())).as(bad.name() + " kept on disk").isFalse();
      assertThat(counts()).as(bad.name()).isEqualTo(before);
    }
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWhileItArrives() {
    Counts before = counts();
    InputStream huge = new RepeatingStream(200L * 1024 * 1024);
    assertThatThrownBy(
            () ->
                imports.start(
                    hr, ImportKind.EMPLOYEES, ImportMode.DRY_RUN, false, "huge.csv", huge))
        .isInstanceOf(TooLargeException.class)
        .hasMessage(
            "huge.csv: the file is larger than 50 MB, the most an import reads; split it into"
                + " smaller files");
    assertThat(((RepeatingStream) huge).read).isLessThan(60L * 1024 * 1024);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aCommitNeedsADryRunOfTheSameFile() {
    byte[] file = csv(EMPLOYEE_HEADER + "C-40,Katherine,Johnson,,CORPUS-T1,,,1,2024-01-01\n");
    assertThatThrownBy(
            () ->
                imports.start(
                    hr,
                    ImportKind.EMPLOYEES,
                    ImportMode.COMMIT,
                    false,
                    "kj.csv",
                    new ByteArrayInputStream(file)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("No dry run of this file was found");
  }

  @Test
  void skippingInvalidRowsIsExplicitAndReported() {
    byte[] file =
        csv(
            EMPLOYEE_HEADER
                + "C-50,Dorothy,Vaughan,,CORPUS-T1,,,1,2024-01-01\n"
                + "C-51,Mary,Jackson,,NOWHERE,,,1,2024-01-01\n");
    Counts before = counts();
    assertThat(run(ImportKind.EMPLOYEES, ImportMode.DRY_RUN, "mixed.csv", file).errorCount())
        .isEqualTo(1);
    ImportRunView refused = run(ImportKind.EMPLOYEES, ImportMode.COMMIT, "mixed.csv", file);
    assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(counts()).isEqualTo(before);

    ImportRunView skipped = start(ImportKind.EMPLOYEES, ImportMode.COMMIT, true, "mixed.csv", file);
    assertThat(skipped.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(skipped.skipped()).isEqualTo(1);
    assertThat(skipped.toCreate()).isEqualTo(1);
    assertThat(skipped.message()).contains("1 invalid rows skipped");
    assertThat(counts())
        .isEqualTo(new Counts(before.units(), before.employees() + 1, before.assessments()));
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() {
    byte[] file =
        csv(
            "Employee number,Competency,Level,Assessed on,Source\n"
                + "C-1,"
                + quoted(competency)
                + ",4,2026-02-01,Manager\n"
                + "C-2,"
                + quoted(competency)
                + ",2,2026-02-01,Self\n");
    commit(ImportKind.ASSESSMENTS, "twice.csv", file);
    Counts after = counts();
    ImportRunView again = run(ImportKind.ASSESSMENTS, ImportMode.DRY_RUN, "twice.csv", file);
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.toCreate() + again.toUpdate()).isZero();
    ImportRunView second = run(ImportKind.ASSESSMENTS, ImportMode.COMMIT, "twice.csv", file);
    assertThat(second.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(counts()).isEqualTo(after);
  }

  @Test
  void formulaLikeTextIsStoredAsText() {
    byte[] file =
        csv(
            EMPLOYEE_HEADER
                + "C-60,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Injected,,CORPUS-T1,,,1,2024-01-01\n");
    commit(ImportKind.EMPLOYEES, "formula.csv", file);
    assertThat(single("SELECT given_name FROM employee WHERE employee_number = 'C-60'"))
        .isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
  }

  @Test
  void onlyHrAndAdministratorsImport() {
    Caller manager = directory.authenticate("manager", "demo".toCharArray()).orElseThrow();
    assertThatThrownBy(
            () ->
                imports.start(
                    manager,
                    ImportKind.EMPLOYEES,
                    ImportMode.DRY_RUN,
                    false,
                    "x.csv",
                    new ByteArrayInputStream(csv(EMPLOYEE_HEADER))))
        .isInstanceOf(AccessDeniedException.class);
  }

  private record BadRow(ImportKind kind, String name, byte[] content, String error) {}

  private record BadFile(String name, byte[] content, String reason) {}

  private record Counts(long units, long employees, long assessments) {}

  private ImportRunView run(ImportKind kind, ImportMode mode, String name, byte[] content) {
    return start(kind, mode, false, name, content);
  }

  private ImportRunView start(
      ImportKind kind, ImportMode mode, boolean skipInvalid, String name, byte[] content) {
    ImportRunView started =
        imports.start(hr, kind, mode, skipInvalid, name, new ByteArrayInputStream(content));
    ImportRunView run;
    try {
      run =
          imports
              .whenEnded(hr, started.importId(), WAIT)
              .toCompletableFuture()
              .get(WAIT.toSeconds() + 30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(name + " did not end", e);
    }
    assertThat(run.finished()).as(name + " finished").isTrue();
    return run;
  }

  private void commit(ImportKind kind, String name, byte[] content) {
    ImportRunView dryRun = run(kind, ImportMode.DRY_RUN, name, content);
    assertThat(dryRun.errorCount()).as(name + ": " + messages(dryRun)).isZero();
    assertThat(run(kind, ImportMode.COMMIT, name, content).status())
        .isEqualTo(ImportStatus.APPLIED);
  }

  private List<String> messages(ImportRunView run) {
    return imports.problems(hr, run.importId(), null, 0, 100).stream()
        .map(ImportProblem::message)
        .toList();
  }

  private Counts counts() {
    return new Counts(
        Long.parseLong(single("SELECT COUNT(*) FROM org_unit")),
        Long.parseLong(single("SELECT COUNT(*) FROM employee")),
        Long.parseLong(single("SELECT COUNT(*) FROM assessment")));
  }

  private String firstCompetency() {
    return single("SELECT name FROM competency ORDER BY id FETCH FIRST 1 ROWS ONLY");
  }

  private String single(String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("People");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A workbook whose sheet unpacks to 60 MB of blanks from a few kilobytes: a zip bomb. */
  private static byte[] bomb() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] blanks = new byte[1024 * 1024];
      Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 60; i++) {
        zip.write(blanks);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] entity() {
    byte[] workbook = xlsx(List.of(List.of("Employee number"), List.of("C-33")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replaceFirst(
                      "\\?>",
                      "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] encrypted(byte[] xlsx) {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(container)) {
        out.write(xlsx);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      container.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stream of the given length that never exists in memory, counting what was read of it. */
  private static final class RepeatingStream extends InputStream {
    private final long length;
    long read;

    RepeatingStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      return read < length ? (int) (read++ % 26) + 'a' : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - read);
      Arrays.fill(buffer, offset, offset + n, (byte) 'a');
      read += n;
      return n;
    }
  }
}
