package org.cadre.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.hiring.JpaCandidateRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.persistence.testing.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Commits staged in chunks with their checkpoint, then applied to the real tables in one go:
 * nothing staged is visible before, nothing stays staged after, and a chunk staged twice is
 * refused.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class JdbcImportStagingRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:15Z");
  private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final OrgUnitRecord DIVISION =
      new OrgUnitRecord("ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null);

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private long runId;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(em -> new JpaOrgUnitRepository(em).insert(List.of(DIVISION), NOW));
    runId = newRun();
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  @Test
  void unitsAreStagedInAnyOrderAndAppliedWithParentsDefinedInTheSameRun() {
    OrgUnitRecord team =
        new OrgUnitRecord("ENG-PLAT-SRE", "SRE", OrgUnitKind.TEAM, "ENG-PLAT", "E9", null);
    OrgUnitRecord department =
        new OrgUnitRecord("ENG-PLAT", "Platform", OrgUnitKind.DEPARTMENT, "ENG", null, "CC-7");
    OrgUnitRecord renamed =
        new OrgUnitRecord("ENG", "Engineering & Data", OrgUnitKind.DIVISION, null, null, "CC-1");
    jpa.run(
        em -> {
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageUnits(runId, 0, List.of(new Staged<>(team, true)));
          staging.checkpoint(runId, 1);
        });
    jpa.run(
        em -> {
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageUnits(
              runId, 1, List.of(new Staged<>(department, true), new Staged<>(renamed, false)));
          staging.checkpoint(runId, 3);
        });
    assertThat(units()).containsExactly(DIVISION);
    assertThat(checkpoint()).isEqualTo(3);

    jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER));

    assertThat(units()).containsExactly(renamed, department, team);
    assertThat(chunks()).isZero();
  }

  /**
   * A reader may see a chunk's commit a moment before the database has stored it, so the progress
   * shown is the checkpoint before: the chunk of that one was stored before the next began.
   */
  @Test
  void theProgressShownIsTheCheckpointBeforeTheLastOne() {
    jpa.run(em -> new JdbcImportStagingRepository(em).checkpoint(runId, 5000));

    assertThat(checkpoint()).isEqualTo(5000);
    assertThat(progressShown()).isZero();

    jpa.run(em -> new JdbcImportStagingRepository(em).checkpoint(runId, 10000));

    assertThat(checkpoint()).isEqualTo(10000);
    assertThat(progressShown()).isEqualTo(5000);
  }

  @Test
  void employeesAreCreatedAndUpdatedByNumberWithEveryColumn() {
    EmployeeRecord stored = employee("E1", "Lisbon", null);
    jpa.run(em -> new JpaEmployeeRepository(em).insert(List.of(stored), NOW));
    EmployeeRecord moved = employee("E1", "Porto", new BigDecimal("91000.25"));
    EmployeeRecord created = employee("E2", null, null);
    jpa.run(
        em ->
            new JdbcImportStagingRepository(em)
                .stageEmployees(
                    runId, 0, List.of(new Staged<>(moved, false), new Staged<>(created, true))));
    assertThat(employee("E2")).isNull();

    jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER));

    assertThat(employee("E1")).isEqualTo(moved);
    assertThat(employee("E2")).isEqualTo(created);
    assertThat(chunks()).isZero();
  }

  @Test
  void candidatesAreCreatedByWhoeverRanTheImportAndUpdatedByIdWithTheirKeys() {
    Candidate stored =
        Candidate.of(
            new CandidateDetails(
                "Ana", "Silva", "ana@example.com", null, CandidateSource.REFERRAL, null, null),
            "hr",
            NOW);
    jpa.run(em -> new JpaCandidateRepository(em).add(stored));
    CandidateDetails phoned =
        new CandidateDetails(
            "Ana",
            "Silva",
            "ana@example.com",
            "+351 912 345 678",
            CandidateSource.JOB_FAIR,
            null,
            null);
    CandidateDetails fresh =
        new CandidateDetails(
            "Bo", "Lind", "Bo.Lind+fair@example.com", null, CandidateSource.JOB_FAIR, null, null);
    jpa.run(
        em ->
            new JdbcImportStagingRepository(em)
                .stageCandidates(
                    runId,
                    0,
                    List.of(
                        new Staged<>(new CandidateRecord(stored.id(), phoned), false),
                        new Staged<>(new CandidateRecord(null, fresh), true))));

    jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER));

    List<CandidateRecord> current =
        jpa.inTransaction(em -> new JpaCandidateRepository(em).current());
    assertThat(current).hasSize(2);
    assertThat(current.get(0)).isEqualTo(new CandidateRecord(stored.id(), phoned));
    assertThat(current.get(1).details()).isEqualTo(fresh);
    Candidate updated =
        jpa.inTransaction(em -> new JpaCandidateRepository(em).find(stored.id()).orElseThrow());
    assertThat(updated.revision()).isEqualTo(stored.revision() + 1);
    Candidate created =
        jpa.inTransaction(
            em -> new JpaCandidateRepository(em).find(current.get(1).candidateId()).orElseThrow());
    assertThat(created.createdBy()).isEqualTo("hr");
    List<Candidate> found =
        jpa.inTransaction(
            em ->
                new JpaCandidateRepository(em)
                    .lookingLike(
                        new CandidateDetails(
                            "X",
                            "Y",
                            "bo.lind@example.com",
                            null,
                            CandidateSource.OTHER,
                            null,
                            null)));
    assertThat(found).extracting(Candidate::id).containsExactly(created.id());
    assertThat(chunks()).isZero();
  }

  @Test
  void assessmentsAreCreatedAndUpdatedByEmployeeCompetencyAndDay() {
    jpa.run(em -> new JpaEmployeeRepository(em).insert(List.of(employee("E1", null, null)), NOW));
    long e1 = jpa.inTransaction(em -> new JpaEmployeeRepository(em).idsByNumber().get("E1"));
    long[] skills =
        jpa.inTransaction(
            em -> {
              Competency go = new Competency("Go", NOW);
              Competency sql = new Competency("SQL", NOW);
              new JpaCompetencyRepository(em).storeNew(List.of(go, sql));
              return new long[] {go.id(), sql.id()};
            });
    AssessmentRecord stored = new AssessmentRecord(e1, skills[0], 2, DAY, AssessmentSource.SELF);
    jpa.run(em -> new JpaAssessmentRepository(em).insert(List.of(stored), NOW));
    AssessmentRecord changed =
        new AssessmentRecord(e1, skills[0], 4, DAY, AssessmentSource.MANAGER);
    AssessmentRecord created =
        new AssessmentRecord(e1, skills[1], 0, DAY.plusDays(1), AssessmentSource.IMPORT);
    jpa.run(
        em ->
            new JdbcImportStagingRepository(em)
                .stageAssessments(
                    runId, 0, List.of(new Staged<>(changed, false), new Staged<>(created, true))));

    jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER));

    Map<AssessmentKey, AssessmentRecord> all =
        jpa.inTransaction(em -> new JpaAssessmentRepository(em).all());
    assertThat(all)
        .containsOnly(Map.entry(changed.key(), changed), Map.entry(created.key(), created));
    assertThat(chunks()).isZero();
  }

  @Test
  void aChunkIsStagedOnceAndAChangeStagedTwiceFailsTheWholeApply() {
    long other = newRun();
    List<Staged<EmployeeRecord>> chunk =
        List.of(
            new Staged<>(employee("E1", null, null), true),
            new Staged<>(employee("E2", null, null), true));
    jpa.run(
        em -> {
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageEmployees(runId, 0, chunk);
          staging.checkpoint(runId, 2);
          staging.stageEmployees(other, 0, chunk.subList(0, 1));
        });
    assertThatThrownBy(
            () ->
                jpa.run(
                    em ->
                        new JdbcImportStagingRepository(em)
                            .stageEmployees(runId, 0, chunk.subList(1, 2))))
        .isInstanceOf(PersistenceException.class);
    assertThat(chunks()).isEqualTo(2);

    jpa.run(
        em -> new JdbcImportStagingRepository(em).stageEmployees(runId, 2, chunk.subList(1, 2)));
    assertThatThrownBy(() -> jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER)))
        .isInstanceOf(PersistenceException.class);
    assertThat(employee("E1")).isNull();
    assertThat(employee("E2")).isNull();

    jpa.run(em -> new JdbcImportStagingRepository(em).clear(runId));

    assertThat(chunks()).isEqualTo(1);
    assertThat(checkpoint()).isZero();
    jpa.run(em -> new JdbcImportStagingRepository(em).apply(other, LATER));
    assertThat(employee("E1")).isEqualTo(employee("E1", null, null));
    assertThat(employee("E2")).isNull();
    assertThat(chunks()).isZero();
  }

  @Test
  void aChunkOfARunEndedMeanwhileIsRolledBackWithItsCheckpoint() {
    jpa.run(
        em ->
            new JpaImportRunRepository(em)
                .find(runId)
                .orElseThrow()
                .finish(ImportStatus.FAILED, "The server stopped during this import.", NOW));

    assertThatThrownBy(
            () ->
                jpa.run(
                    em -> {
                      JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
                      staging.stageEmployees(
                          runId, 0, List.of(new Staged<>(employee("E1", null, null), true)));
                      staging.checkpoint(runId, 1);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no longer applying");
    assertThat(chunks()).isZero();
    assertThat(checkpoint()).isZero();
  }

  @Test
  void everyChunkIsAppliedWhicheverOrderItWasStagedIn() {
    List<Staged<EmployeeRecord>> changes = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      changes.add(new Staged<>(employee("E" + i, null, null), true));
    }
    jpa.run(
        em -> new JpaEmployeeRepository(em).insert(List.of(employee("E3", "Lisbon", null)), NOW));
    changes.set(2, new Staged<>(employee("E3", "Porto", null), false));
    jpa.run(
        em -> {
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageEmployees(runId, 4, changes.subList(4, 7));
          staging.stageEmployees(runId, 0, changes.subList(0, 1));
          staging.stageEmployees(runId, 1, changes.subList(1, 4));
        });

    jpa.run(em -> new JdbcImportStagingRepository(em).apply(runId, LATER));

    for (Staged<EmployeeRecord> change : changes) {
      assertThat(employee(change.record().number())).isEqualTo(change.record());
    }
    assertThat(chunks()).isZero();
  }

  /** A commit in its staging step. */
  private long newRun() {
    return jpa.inTransaction(
        em -> {
          ImportRun run = TestRuns.commit(NOW);
          run.enter(ImportStatus.APPLYING);
          new JpaImportRunRepository(em).store(run);
          return run.id();
        });
  }

  private int checkpoint() {
    return jpa.inTransaction(em -> new JdbcImportStagingRepository(em).checkpoint(runId));
  }

  private int progressShown() {
    return jpa.inTransaction(em -> new JpaImportRunRepository(em).progress(runId).done());
  }

  private List<OrgUnitRecord> units() {
    return jpa.inTransaction(
        em -> new JpaOrgUnitRepository(em).all().stream().map(OrgUnit::record).toList());
  }

  private EmployeeRecord employee(String number) {
    return jpa.inTransaction(
        em -> new JpaEmployeeRepository(em).find(number).map(Employee::record).orElse(null));
  }

  /** The chunks staged, of every run. */
  private long chunks() {
    return jpa.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT (SELECT COUNT(*) FROM import_stage_org_unit)"
                                + " + (SELECT COUNT(*) FROM import_stage_employee)"
                                + " + (SELECT COUNT(*) FROM import_stage_assessment)"
                                + " + (SELECT COUNT(*) FROM import_stage_candidate)")
                        .getSingleResult())
                .longValue());
  }

  private static EmployeeRecord employee(String number, String location, BigDecimal cost) {
    boolean full = location != null;
    return new EmployeeRecord(
        number,
        "Given " + number,
        "Family " + number,
        full ? number.toLowerCase() + "@example.org" : null,
        "ENG",
        null,
        full ? Level.SENIOR : null,
        new BigDecimal(full ? "0.8" : "1"),
        full ? LocalDate.of(2020, 1, 6) : null,
        null,
        location,
        cost);
  }
}
