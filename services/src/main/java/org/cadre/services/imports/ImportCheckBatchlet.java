package org.cadre.services.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The first step of the {@code cadre-import} job: checks the run's file. Its exit status tells the
 * job whether a commit goes on to stage the check's changes, which it hands over in the job's
 * context; the run records its own outcome, since a failed import is a result, not a failed job.
 */
@Named("importCheckBatchlet")
@Dependent
public class ImportCheckBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject JobContext job;

  @Inject ImportProcessor processor;

  @Override
  public String process() {
    return processor
        .run(Long.parseLong(runId))
        .map(
            check -> {
              job.setTransientUserData(check);
              return "STAGE";
            })
        .orElse("DONE");
  }
}
