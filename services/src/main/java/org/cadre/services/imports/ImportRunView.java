package org.cadre.services.imports;

import java.time.Duration;
import java.time.Instant;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportProgress;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;

/**
 * An import run as the portal and the API show it, with its progress: rows (or, while applying,
 * records) done out of the total, the rate so far and the time left at that rate.
 *
 * @param total 0 while the total is not known yet
 * @param rowsPerSecond 0 until there is a rate
 * @param secondsLeft -1 when not known
 */
public record ImportRunView(
    long importId,
    String kind,
    String mode,
    ImportStatus status,
    String fileName,
    String checksum,
    long fileSize,
    boolean skipInvalid,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    int rows,
    int toCreate,
    int toUpdate,
    int unchanged,
    int errorCount,
    int skipped,
    int done,
    int total,
    double rowsPerSecond,
    long secondsLeft,
    String message,
    Long dryRunId) {

  /**
   * @param progress how far the run got; a run that ended well is done with all its rows
   */
  static ImportRunView of(ImportRun run, ImportProgress progress, Instant now) {
    ImportCounts counts = run.counts();
    boolean finished = run.status().isFinal();
    boolean completed = finished && run.status() != ImportStatus.FAILED;
    int done = completed ? counts.rows() : progress.done();
    int total = completed ? counts.rows() : progress.total();
    Instant end = run.finishedAt() == null ? now : run.finishedAt();
    double seconds = Math.max(0.001, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
    double rate = done / seconds;
    long left = finished ? 0 : total > 0 && rate > 0 ? Math.round((total - done) / rate) : -1;
    return new ImportRunView(
        run.id(),
        run.kind().slug(),
        run.mode().slug(),
        run.status(),
        run.file().name(),
        run.file().checksum(),
        run.file().size(),
        run.skipInvalid(),
        run.startedBy(),
        run.startedAt(),
        run.finishedAt(),
        counts.rows(),
        counts.toCreate(),
        counts.toUpdate(),
        counts.unchanged(),
        counts.errors(),
        counts.skipped(),
        done,
        total,
        Math.round(rate * 10) / 10.0,
        left,
        run.message(),
        run.dryRunId());
  }

  /** Percent done, 0 to 100, for a progress bar. */
  public int percent() {
    if (status.isFinal()) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(99, 100L * done / total);
  }

  public boolean finished() {
    return status.isFinal();
  }
}
