package org.cadre.services.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.cadre.services.imports.ImportPlan.Change;

/**
 * Reads the changes of a checked commit, in the file's order, for the staging step: from the run's
 * checkpoint as recorded in the database, since the batch runtime's own checkpoints are kept in
 * memory and die with the server.
 */
@Named("importChangeReader")
@Dependent
public class ImportChangeReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject JobContext job;

  @Inject ImportStager stager;

  private Iterator<? extends Change<?>> changes;
  private int read;

  @Override
  public void open(Serializable checkpoint) {
    FileCheck<?> check = (FileCheck<?>) job.getTransientUserData();
    changes = check.plan().writes().iterator();
    int staged = stager.checkpoint(Long.parseLong(runId));
    while (read < staged && changes.hasNext()) {
      changes.next();
      read++;
    }
  }

  @Override
  public Object readItem() {
    if (!changes.hasNext()) {
      return null;
    }
    read++;
    return changes.next();
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }
}
