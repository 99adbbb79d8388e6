package org.cadre.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.imports.ImportProgress;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
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
 * A server starting up takes up its own unfinished imports and those of servers gone silent, but
 * leaves those of servers still at work on the same database.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class JpaImportRunRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");
  private static final Instant SILENT_SINCE = NOW.minus(Duration.ofMinutes(10));

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  @Test
  void aStartingServerTakesUpItsOwnRunsAndThoseOfSilentServersOnly() {
    long mine = run("server-a", NOW.minusSeconds(30), ImportStatus.APPLYING);
    long theirsAtWork = run("server-b", NOW.minusSeconds(30), ImportStatus.APPLYING);
    long theirsSilent = run("server-b", NOW.minus(Duration.ofMinutes(11)), ImportStatus.CHECKING);
    long theirsNeverHeardOf = run("server-c", null, ImportStatus.QUEUED);
    long fromBeforeRunners = run(null, null, ImportStatus.QUEUED);
    run("server-a", NOW, ImportStatus.APPLIED);

    List<Long> taken =
        jpa.inTransaction(
            em ->
                new JpaImportRunRepository(em)
                    .unfinished("server-a", SILENT_SINCE).stream().map(ImportRun::id).toList());

    assertThat(taken).containsExactly(mine, theirsSilent, theirsNeverHeardOf, fromBeforeRunners);
    assertThat(taken).doesNotContain(theirsAtWork);
  }

  @Test
  void aClaimTakesARunOnlyOnTheSameTermsAndOnlyOnce() {
    long theirsAtWork = run("server-b", NOW.minusSeconds(30), ImportStatus.APPLYING);
    long theirsSilent = run("server-b", NOW.minus(Duration.ofMinutes(11)), ImportStatus.CHECKING);

    assertThat(claim(theirsAtWork, "server-a")).isFalse();
    assertThat(claim(theirsSilent, "server-a")).isTrue();
    // a second server starting at the same moment finds it taken, and heard of just now
    assertThat(claim(theirsSilent, "server-c")).isFalse();
    assertThat(progress(theirsSilent).runner()).isEqualTo("server-a");
    assertThat(progress(theirsSilent).heardOf()).isEqualTo(NOW);
  }

  @Test
  void aRunClaimedAtStartUpCanBeEndedInTheSameTransaction() {
    long silent = run("server-b", NOW.minus(Duration.ofMinutes(11)), ImportStatus.APPLYING);

    jpa.run(
        em -> {
          JpaImportRunRepository runs = new JpaImportRunRepository(em);
          ImportRun run = runs.unfinished("server-a", SILENT_SINCE).get(0);
          assertThat(runs.claim(run.id(), "server-a", NOW, SILENT_SINCE)).isTrue();
          run.finish(ImportStatus.FAILED, "The server stopped during this import.", NOW);
        });

    ImportRun ended =
        jpa.inTransaction(em -> new JpaImportRunRepository(em).find(silent).orElseThrow());
    assertThat(ended.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(progress(silent).runner()).isEqualTo("server-a");
  }

  @Test
  void progressMarksTheRunsServerAtWorkAndLeavesARunHeldElsewhereFreeToEnd() {
    long silent = run("server-b", NOW.minus(Duration.ofMinutes(11)), ImportStatus.CHECKING);

    jpa.run(
        em -> {
          ImportRun held = new JpaImportRunRepository(em).find(silent).orElseThrow();
          jpa.run(other -> new JpaImportRunRepository(other).progress(silent, 40, 100, NOW));
          held.finish(ImportStatus.FAILED, "Stopped.", NOW);
        });

    ImportRun ended =
        jpa.inTransaction(em -> new JpaImportRunRepository(em).find(silent).orElseThrow());
    assertThat(ended.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(progress(silent).done()).isEqualTo(40);
    assertThat(progress(silent).total()).isEqualTo(100);
    long reported = run("server-b", NOW.minus(Duration.ofMinutes(11)), ImportStatus.APPLYING);
    jpa.run(em -> new JpaImportRunRepository(em).progress(reported, 1, 2, NOW));
    List<Long> taken =
        jpa.inTransaction(
            em ->
                new JpaImportRunRepository(em)
                    .unfinished("server-a", SILENT_SINCE).stream().map(ImportRun::id).toList());
    assertThat(taken).doesNotContain(reported);
  }

  private ImportProgress progress(long runId) {
    return jpa.inTransaction(em -> new JpaImportRunRepository(em).progress(runId));
  }

  private boolean claim(long runId, String server) {
    return jpa.inTransaction(
        em -> new JpaImportRunRepository(em).claim(runId, server, NOW, SILENT_SINCE));
  }

  private long run(String runner, Instant heardOf, ImportStatus status) {
    return jpa.inTransaction(
        em -> {
          ImportRun run = TestRuns.commit(NOW.minus(Duration.ofHours(2)));
          if (status.isFinal()) {
            run.finish(status, "done", NOW);
          } else {
            run.enter(status);
          }
          JpaImportRunRepository runs = new JpaImportRunRepository(em);
          runs.store(run);
          if (runner != null) {
            // as the server that ran it took it, heard of last when given
            runs.claim(run.id(), runner, heardOf, NOW);
          }
          return run.id();
        });
  }
}
