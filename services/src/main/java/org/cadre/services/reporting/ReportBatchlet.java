package org.cadre.services.reporting;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one step of the {@code cadre-report} job: makes the run's pack. The run records its own
 * outcome, since a pack that could not be made is a result its requester reads, not a failed job.
 */
@Named("reportBatchlet")
@Dependent
public class ReportBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ReportMaker maker;

  @Override
  public String process() {
    maker.make(Long.parseLong(runId));
    return "DONE";
  }
}
