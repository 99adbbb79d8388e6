package org.cadre.services.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;

/** Starts import runs as Jakarta Batch jobs, so that long imports run in the background. */
@ApplicationScoped
public class ImportJobs {

  static final String JOB = "cadre-import";

  public void start(long runId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("runId", Long.toString(runId));
    operator.start(JOB, parameters);
  }
}
