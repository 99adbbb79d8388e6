package org.cadre.services.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.imports.JdbcImportStagingRepository;
import org.cadre.persistence.imports.JpaImportRunRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.persistence.testing.TestRuns;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The apply step writes what is staged only for a run that is still applying: a run another server
 * has ended meanwhile (failed at its start-up, dropping what was staged) may have only part of its
 * changes staged.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ImportApplierTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null)),
                    NOW));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  @Test
  void aCommitStillApplyingIsAppliedWithItsOutcome() {
    long runId = stagedRun("E1");

    jpa.run(em -> applier(em).apply(runId));

    assertThat(status(runId)).isEqualTo(ImportStatus.APPLIED);
    assertThat(employeeExists("E1")).isTrue();
  }

  @Test
  void aRunEndedMeanwhileIsNotAppliedFromWhatIsStagedForIt() {
    long runId = stagedRun("E1");
    jpa.run(
        em ->
            new JpaImportRunRepository(em)
                .find(runId)
                .orElseThrow()
                .finish(ImportStatus.FAILED, "The server stopped during this import.", NOW));

    assertThatThrownBy(() -> jpa.run(em -> applier(em).apply(runId)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FAILED, no longer applying");

    assertThat(status(runId)).isEqualTo(ImportStatus.FAILED);
    assertThat(employeeExists("E1")).isFalse();
  }

  /** A commit in its apply step, with one employee staged. */
  private long stagedRun(String number) {
    long runId =
        jpa.inTransaction(
            em -> {
              ImportRun run = TestRuns.commit(NOW);
              new JpaImportRunRepository(em).store(run);
              run.enter(ImportStatus.APPLYING);
              return run.id();
            });
    EmployeeRecord employee =
        new EmployeeRecord(
            number,
            "Given",
            "Family",
            null,
            "ENG",
            null,
            null,
            BigDecimal.ONE,
            null,
            null,
            null,
            null);
    jpa.run(
        em -> {
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageEmployees(runId, 0, List.of(new Staged<>(employee, true)));
          staging.checkpoint(runId, 1);
        });
    return runId;
  }

  private static ImportApplier applier(EntityManager em) {
    return Services.on(em).importApplier();
  }

  private ImportStatus status(long runId) {
    return jpa.inTransaction(
        em -> new JpaImportRunRepository(em).find(runId).orElseThrow().status());
  }

  private boolean employeeExists(String number) {
    return jpa.inTransaction(em -> new JpaEmployeeRepository(em).find(number).isPresent());
  }
}
