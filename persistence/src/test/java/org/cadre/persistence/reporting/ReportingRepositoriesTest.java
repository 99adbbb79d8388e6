package org.cadre.persistence.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.Tenure;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportFile;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.domain.reporting.ReportSchedule;
import org.cadre.domain.reporting.ReportStatus;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JdbcWorkforceHistory;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What report packs store (V11): employees' moves, recorded whenever their unit changes; report
 * runs from queued to done with their files; runs taken over once; schedules moved on once.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReportingRepositoriesTest {

  private static final Instant NOW = Instant.parse("2027-02-10T08:00:00Z");

  private static final ReportRequest REQUEST =
      new ReportRequest(
          ReportRequest.WORKFORCE,
          "A",
          new Quarter(2027, 1),
          new Quarter(2027, 4),
          "baseline",
          UnitDetail.TEAMS,
          PackFormat.PDF,
          "de");

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private long blueprintId;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "DIV", "Division", OrgUnitKind.DIVISION, null, null, null),
                        new OrgUnitRecord("A", "Team A", OrgUnitKind.TEAM, "DIV", null, null),
                        new OrgUnitRecord("B", "Team B", OrgUnitKind.TEAM, "DIV", null, null)),
                    NOW));
    blueprintId =
        jpa.inTransaction(
            em -> {
              RoleBlueprint blueprint =
                  RoleBlueprint.draft(
                      BlueprintContent.of(
                          "Site Reliability Engineer",
                          "Engineering",
                          Level.MID,
                          Track.INDIVIDUAL_CONTRIBUTOR,
                          "Keeps production healthy.",
                          List.of()),
                      NOW);
              new JpaRoleBlueprintRepository(em).store(blueprint);
              return blueprint.id();
            });
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .insert(
                    List.of(
                        employee("E1", "A", blueprintId),
                        employee("E2", "A", blueprintId),
                        employee("E3", "A", null)),
                    NOW));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private static EmployeeRecord employee(String number, String unit, Long blueprint) {
    return new EmployeeRecord(
        number,
        "Given " + number,
        "Family " + number,
        null,
        unit,
        blueprint,
        blueprint == null ? null : Level.MID,
        new BigDecimal("0.8"),
        LocalDate.of(2021, 4, 1),
        null,
        null,
        null);
  }

  @Test
  void anEmployeesChangeOfUnitIsRecordedAsAMoveAndTheirTenureStaysWithTheUnitTheyLeft() {
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .update(
                    List.of(employee("E1", "A", blueprintId), employee("E2", "B", blueprintId)),
                    NOW));

    List<EmployeeMove> moves =
        jpa.inTransaction(em -> new JdbcWorkforceHistory(em).moves(Set.of("A")));
    List<Tenure> teamA = jpa.inTransaction(em -> new JdbcWorkforceHistory(em).tenures(Set.of("A")));
    List<Tenure> everyone = jpa.inTransaction(em -> new JdbcWorkforceHistory(em).tenures(null));

    assertThat(moves).hasSize(1);
    assertThat(moves.get(0).employeeNumber()).isEqualTo("E2");
    assertThat(moves.get(0).fromUnit()).isEqualTo("A");
    assertThat(moves.get(0).toUnit()).isEqualTo("B");
    assertThat(teamA)
        .extracting(Tenure::employeeNumber)
        .as("E2 left A and still counts for its past; E3 holds no blueprint")
        .containsExactlyInAnyOrder("E1", "E2");
    assertThat(everyone).extracting(Tenure::employeeNumber).containsExactlyInAnyOrder("E1", "E2");
    Tenure e2 =
        teamA.stream().filter(t -> t.employeeNumber().equals("E2")).findFirst().orElseThrow();
    assertThat(e2.unitCode()).isEqualTo("B");
    assertThat(e2.fte()).isEqualByComparingTo("0.8");
  }

  @Test
  void movesToldOfDirectlyAreReadBackOldestFirst() {
    jpa.run(
        em ->
            new JdbcWorkforceHistory(em)
                .recordMoves(
                    List.of(
                        new EmployeeMove("E1", "B", "A", LocalDate.of(2026, 9, 1)),
                        new EmployeeMove("E1", "DIV", "B", LocalDate.of(2026, 3, 1))),
                    NOW));

    List<EmployeeMove> moves =
        jpa.inTransaction(em -> new JdbcWorkforceHistory(em).moves(Set.of("B")));

    assertThat(moves)
        .extracting(EmployeeMove::movedOn)
        .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
  }

  @Test
  void aRunGoesFromQueuedToDoneWithItsFileAndListsNewestFirst() {
    long first =
        jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "leader", NOW, null, "s1"));
    long second =
        jpa.inTransaction(
            em -> new JdbcReportRuns(em).add(REQUEST, "leader", NOW.plusSeconds(5), null, "s1"));
    jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "hr", NOW, null, "s1"));
    byte[] content = new byte[3_000_000];
    new Random(5).nextBytes(content);
    byte[] preview = {1, 2, 3};

    jpa.run(em -> new JdbcReportRuns(em).running(first, "s1", NOW));
    jpa.run(em -> new JdbcReportRuns(em).progress(first, 40, NOW));
    ReportRun running = jpa.inTransaction(em -> new JdbcReportRuns(em).find(first).orElseThrow());
    jpa.run(
        em ->
            new JdbcReportRuns(em)
                .done(
                    first, new ReportFile("pack.pdf", PackFormat.PDF, content, preview), 212, NOW));

    ReportRun done = jpa.inTransaction(em -> new JdbcReportRuns(em).find(first).orElseThrow());
    ReportFile file = jpa.inTransaction(em -> new JdbcReportRuns(em).file(first).orElseThrow());
    List<ReportRun> mine =
        jpa.inTransaction(em -> new JdbcReportRuns(em).requestedBy("leader", 10));

    assertThat(running.status()).isEqualTo(ReportStatus.RUNNING);
    assertThat(running.percent()).isEqualTo(40);
    assertThat(done.request()).isEqualTo(REQUEST);
    assertThat(done.status()).isEqualTo(ReportStatus.DONE);
    assertThat(done.percent()).isEqualTo(100);
    assertThat(done.pages()).isEqualTo(212);
    assertThat(done.fileName()).isEqualTo("pack.pdf");
    assertThat(done.fileSize()).isEqualTo(3_000_000L);
    assertThat(file.content()).isEqualTo(content);
    assertThat(file.preview()).isEqualTo(preview);
    assertThat(mine).extracting(ReportRun::id).containsExactly(second, first);
  }

  @Test
  void aFailedRunKeepsWhyAndFinishedRunsPastRetentionGoWithTheirFiles() {
    long failed =
        jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "hr", NOW, null, "s1"));
    long old = jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "hr", NOW, null, "s1"));
    long queued =
        jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "hr", NOW, null, "s1"));
    jpa.run(
        em ->
            new JdbcReportRuns(em).failed(failed, "x".repeat(3000), NOW.plus(40, ChronoUnit.DAYS)));
    jpa.run(
        em ->
            new JdbcReportRuns(em)
                .done(
                    old,
                    new ReportFile("old.xlsx", PackFormat.XLSX, new byte[] {9}, null),
                    null,
                    NOW));

    int deleted =
        jpa.inTransaction(
            em -> new JdbcReportRuns(em).deleteFinishedBefore(NOW.plus(30, ChronoUnit.DAYS)));

    assertThat(deleted).isEqualTo(1);
    Optional<ReportRun> oldRun = jpa.inTransaction(em -> new JdbcReportRuns(em).find(old));
    Optional<ReportFile> oldFile = jpa.inTransaction(em -> new JdbcReportRuns(em).file(old));
    Optional<ReportRun> queuedRun = jpa.inTransaction(em -> new JdbcReportRuns(em).find(queued));
    assertThat(oldRun).isEmpty();
    assertThat(oldFile).isEmpty();
    ReportRun kept = jpa.inTransaction(em -> new JdbcReportRuns(em).find(failed).orElseThrow());
    assertThat(kept.status()).isEqualTo(ReportStatus.FAILED);
    assertThat(kept.error()).hasSize(2000).endsWith("…");
    assertThat(queuedRun).isPresent();
  }

  @Test
  void anUnfinishedRunIsTakenOverOnceAndNeverFromAServerStillAtWork() {
    long id = jpa.inTransaction(em -> new JdbcReportRuns(em).add(REQUEST, "hr", NOW, null, "s1"));
    Instant later = NOW.plus(15, ChronoUnit.MINUTES);
    Instant lease = later.minus(10, ChronoUnit.MINUTES);

    List<Long> ownAfterRestart =
        jpa.inTransaction(em -> new JdbcReportRuns(em).unfinished("s1", NOW.minusSeconds(60)));
    List<Long> othersWhileS1Works =
        jpa.inTransaction(em -> new JdbcReportRuns(em).unfinished("s2", NOW.minusSeconds(60)));
    List<Long> othersOnceS1IsSilent =
        jpa.inTransaction(em -> new JdbcReportRuns(em).unfinished("s2", lease));
    boolean s2 = jpa.inTransaction(em -> new JdbcReportRuns(em).claim(id, "s2", later, lease));
    boolean s3 = jpa.inTransaction(em -> new JdbcReportRuns(em).claim(id, "s3", later, lease));

    assertThat(ownAfterRestart).containsExactly(id);
    assertThat(othersWhileS1Works).isEmpty();
    assertThat(othersOnceS1IsSilent).containsExactly(id);
    assertThat(s2).isTrue();
    assertThat(s3).as("s2 has just taken it").isFalse();
  }

  @Test
  void aDueScheduleIsMovedOnByOneServerOnly() {
    Instant firstRun = Instant.parse("2027-04-01T00:00:00Z");
    long id =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).add(REQUEST, "leader", NOW, firstRun));

    List<ReportSchedule> before = jpa.inTransaction(em -> new JdbcReportSchedules(em).due(NOW));
    List<ReportSchedule> due =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).due(firstRun.plusSeconds(60)));
    Instant next = Instant.parse("2027-07-01T00:00:00Z");
    boolean first =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).advance(id, firstRun, next));
    boolean second =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).advance(id, firstRun, next));
    ReportSchedule moved =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).find(id).orElseThrow());

    assertThat(before).isEmpty();
    assertThat(due).extracting(ReportSchedule::id).containsExactly(id);
    assertThat(due.get(0).request().unitCode()).isEqualTo("A");
    assertThat(due.get(0).request().first()).isEqualTo(new Quarter(2027, 2));
    assertThat(due.get(0).request().last()).isEqualTo(new Quarter(2028, 1));
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(moved.nextRunAt()).isEqualTo(next);
    List<ReportSchedule> owned =
        jpa.inTransaction(em -> new JdbcReportSchedules(em).ownedBy("leader"));
    boolean deleted = jpa.inTransaction(em -> new JdbcReportSchedules(em).delete(id));
    Optional<ReportSchedule> gone = jpa.inTransaction(em -> new JdbcReportSchedules(em).find(id));
    assertThat(owned).extracting(ReportSchedule::id).containsExactly(id);
    assertThat(deleted).isTrue();
    assertThat(gone).isEmpty();
  }
}
