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
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.imports.kinds.ImportDefinition;
import org.cadre.services.imports.kinds.ImportWriter;

/**
 * Writes a checked commit in one transaction, together with its outcome and audit event: after a
 * crash the database holds all of it or none of it, and the run is then found unfinished.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ImportApplier {

  private OrgUnitRepository units;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private ImportRunRepository runs;
  private ImportRuns progress;
  private AuditTrail audit;
  private ImportSettings settings;

  protected ImportApplier() {
    // for CDI
  }

  @Inject
  public ImportApplier(
      OrgUnitRepository units,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      ImportRunRepository runs,
      ImportRuns progress,
      AuditTrail audit,
      ImportSettings settings) {
    this.units = units;
    this.employees = employees;
    this.assessments = assessments;
    this.runs = runs;
    this.progress = progress;
    this.audit = audit;
    this.settings = settings;
  }

  public <T> void apply(
      long runId, ImportDefinition<T> definition, ImportPlan<T> plan, ImportCounts counts) {
    int records = counts.toCreate() + counts.toUpdate();
    ImportWriter writer =
        new ImportWriter(
            units,
            employees,
            assessments,
            Instant.now(),
            settings.progressEvery(),
            written -> progress.progress(runId, written, records));
    definition.apply(plan, writer);
    ImportRun run = runs.find(runId).orElseThrow();
    run.counted(counts);
    String outcome =
        counts.toCreate()
            + " created, "
            + counts.toUpdate()
            + " updated, "
            + counts.unchanged()
            + " unchanged"
            + (counts.skipped() > 0 ? ", " + counts.skipped() + " invalid rows skipped" : "");
    run.finish(ImportStatus.APPLIED, outcome, Instant.now());
    audit.record(
        new Caller(run.startedBy(), Set.of()),
        "import.applied",
        "ImportRun",
        String.valueOf(runId),
        run.kind().slug() + " " + run.file().name() + ": " + outcome);
  }
}
