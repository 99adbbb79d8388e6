package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.services.common.UseCase;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.kinds.ImportDefinition;

/**
 * Stages a commit's changes chunk by chunk, each chunk together with the run's checkpoint in the
 * transaction of the import job's chunk step: after a stop, staging goes on from the last
 * checkpoint, and no chunk is staged twice.
 */
@ApplicationScoped
@UseCase
public class ImportStager {

  private ImportStagingRepository staging;

  protected ImportStager() {
    // for CDI
  }

  @Inject
  public ImportStager(ImportStagingRepository staging) {
    this.staging = staging;
  }

  /**
   * @param staged how many changes of the run were staged before this chunk
   */
  public <T> void stage(
      long runId, ImportDefinition<T> definition, List<Change<T>> changes, int staged) {
    definition.stage(runId, staged, changes, staging);
    staging.checkpoint(runId, staged + changes.size());
  }

  /** How many changes of the run are staged. */
  public int checkpoint(long runId) {
    return staging.checkpoint(runId);
  }
}
