package org.cadre.services.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;

/** Starts import runs as Jakarta Batch jobs, so that long imports run in the background. */
@ApplicationScoped
public class ImportJobs {

  static final String JOB = "cadre-import";

  private ImportSettings settings;

  protected ImportJobs() {
    // for CDI
  }

  @Inject
  public ImportJobs(ImportSettings settings) {
    this.settings = settings;
  }

  /** Starts a run's job; for a commit the server was running when it stopped, a new one. */
  public void start(long runId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("runId", Long.toString(runId));
    parameters.setProperty("checkpointEvery", Integer.toString(settings.checkpointEvery()));
    operator.start(JOB, parameters);
  }
}
