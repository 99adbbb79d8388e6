package org.cadre.services.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cadre.domain.imports.ImportKind;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.kinds.ImportDefinition;

/**
 * Stages each chunk of a commit's changes with the run's new checkpoint, in the chunk's
 * transaction.
 */
@Named("importStagingWriter")
@Dependent
public class ImportStagingWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ImportRuns runs;

  @Inject ImportDefinitions definitions;

  @Inject ImportStager stager;

  private long id;
  private ImportDefinition<Object> definition;
  private int staged;

  @Override
  @SuppressWarnings("unchecked")
  public void open(Serializable checkpoint) {
    id = Long.parseLong(runId);
    definition =
        (ImportDefinition<Object>)
            definitions.of(ImportKind.bySlug(runs.view(id).kind()).orElseThrow());
    staged = stager.checkpoint(id);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void writeItems(List<Object> items) {
    List<Change<Object>> changes = items.stream().map(item -> (Change<Object>) item).toList();
    stager.stage(id, definition, changes, staged);
    staged += changes.size();
  }
}
