package org.cadre.services.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step of a commit's job: applies what it staged, in one transaction. */
@Named("importApplyBatchlet")
@Dependent
public class ImportApplyBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ImportApplier applier;

  @Override
  public String process() {
    applier.apply(Long.parseLong(runId));
    return "APPLIED";
  }
}
