package org.cadre.services.reporting;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;

/** Starts report runs as Jakarta Batch jobs ({@code cadre-report}), so packs are made apart. */
@ApplicationScoped
public class ReportJobs {

  static final String JOB = "cadre-report";

  public void start(long runId) {
    Properties parameters = new Properties();
    parameters.setProperty("runId", Long.toString(runId));
    BatchRuntime.getJobOperator().start(JOB, parameters);
  }
}
