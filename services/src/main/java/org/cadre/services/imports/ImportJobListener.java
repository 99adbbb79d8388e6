package org.cadre.services.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Logs how each import job ended, and fails a run its job left unfinished: a staging or apply step
 * that stopped on an unexpected error (the batch runtime logs the error itself).
 */
@Named("importJobListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject JobContext job;

  @Inject ImportRuns runs;

  @Inject ImportCompletions completions;

  private long started;

  @Override
  public void beforeJob() {
    started = System.nanoTime();
  }

  @Override
  public void afterJob() {
    long id = Long.parseLong(runId);
    boolean unfinished = !runs.view(id).status().isFinal();
    if (unfinished) {
      LOG.severe(
          () ->
              "CADRE0021E: import "
                  + id
                  + " stopped: its job execution "
                  + job.getExecutionId()
                  + " ended "
                  + job.getBatchStatus());
    }
    if (unfinished || job.getBatchStatus() != BatchStatus.COMPLETED) {
      // a run ended meanwhile (by another server) keeps its outcome; what was staged goes
      runs.fail(id, "The import stopped on an unexpected error, and nothing was written.");
    }
    ImportRunView ended = runs.view(id);
    completions.signal(id);
    LOG.info(
        () ->
            String.format(
                "CADRE0022I: import %d (%s %s of %s) ended %s after %.1f s: %d rows, %d errors.",
                id,
                ended.kind(),
                ended.mode(),
                ended.fileName(),
                ended.status(),
                (System.nanoTime() - started) / 1e9,
                ended.rows(),
                ended.errorCount()));
  }
}
