package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Set;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportRunRepository;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;

/**
 * Applies a staged commit in one transaction, together with its outcome and audit event: the staged
 * records move into the real tables with a few set-based statements. After a crash the database
 * holds all of it or none of it; a run stopped here is resumed and applied again.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ImportApplier {

  private ImportStagingRepository staging;
  private ImportRunRepository runs;
  private AuditTrail audit;

  protected ImportApplier() {
    // for CDI
  }

  @Inject
  public ImportApplier(
      ImportStagingRepository staging, ImportRunRepository runs, AuditTrail audit) {
    this.staging = staging;
    this.runs = runs;
    this.audit = audit;
  }

  /**
   * @throws IllegalStateException if the run is no longer applying: another server ended it (failed
   *     it at its start-up, say) and dropped what was staged, so what is staged now may be part of
   *     it
   */
  public void apply(long runId) {
    ImportRun run = runs.find(runId).orElseThrow();
    if (run.status() != ImportStatus.APPLYING) {
      throw new IllegalStateException(
          "Import "
              + runId
              + " is "
              + run.status()
              + ", no longer applying, so nothing of it is applied.");
    }
    Instant now = Instant.now();
    staging.apply(runId, now);
    ImportCounts counts = run.counts();
    String outcome =
        counts.toCreate()
            + " created, "
            + counts.toUpdate()
            + " updated, "
            + counts.unchanged()
            + " unchanged"
            + (counts.skipped() > 0 ? ", " + counts.skipped() + " invalid rows skipped" : "");
    run.finish(ImportStatus.APPLIED, outcome, now);
    audit.record(
        new Caller(run.startedBy(), Set.of()),
        "import.applied",
        "ImportRun",
        String.valueOf(runId),
        run.kind().slug() + " " + run.file().name() + ": " + outcome);
  }
}
