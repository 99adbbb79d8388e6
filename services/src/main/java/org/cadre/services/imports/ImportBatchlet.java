package org.cadre.services.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The step of the {@code cadre-import} job. The run records its own outcome; the job ends COMPLETED
 * whether the import succeeded or failed, since a failed import is a result.
 */
@Named("importBatchlet")
@Dependent
public class ImportBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ImportProcessor processor;

  @Override
  public String process() {
    processor.run(Long.parseLong(runId));
    return "DONE";
  }
}
