package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.services.common.ServiceException;
import org.cadre.services.imports.kinds.ImportDefinition;
import org.cadre.services.imports.kinds.ReferenceData;

/**
 * Checks one import run, the first step of its job: reads its file as a stream and checks every row
 * against the database. A dry run stops there; a commit goes on to stage and apply exactly what its
 * dry run found, or fails and writes nothing. A resumed commit is checked again the same way.
 */
@ApplicationScoped
public class ImportProcessor {

  private static final Logger LOG = Logger.getLogger(ImportProcessor.class.getName());

  private ImportRuns runs;
  private ImportFiles files;
  private ImportSettings settings;
  private ReferenceLoader references;
  private ImportDefinitions definitions;
  private CheckedPlans plans;

  protected ImportProcessor() {
    // for CDI
  }

  @Inject
  public ImportProcessor(
      ImportRuns runs,
      ImportFiles files,
      ImportSettings settings,
      ReferenceLoader references,
      ImportDefinitions definitions,
      CheckedPlans plans) {
    this.runs = runs;
    this.files = files;
    this.settings = settings;
    this.references = references;
    this.definitions = definitions;
    this.plans = plans;
  }

  /**
   * Checks the run's file; a dry run ends here, and so does a commit that must not be applied.
   *
   * @return for a commit that goes on, the check whose changes it stages
   */
  public Optional<FileCheck<?>> run(long runId) {
    try {
      ImportRunView start = runs.view(runId);
      int expected = start.dryRunId() == null ? 0 : runs.view(start.dryRunId()).rows();
      ImportRunView run = runs.begin(runId, expected);
      return process(run, definitions.of(ImportKind.bySlug(run.kind()).orElseThrow()));
    } catch (ServiceException e) {
      runs.fail(runId, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "CADRE0021E: import " + runId + " stopped", e);
      runs.fail(runId, "The import stopped on an unexpected error, and nothing was written: " + e);
    }
    return Optional.empty();
  }

  private <T> Optional<FileCheck<?>> process(ImportRunView run, ImportDefinition<T> definition) {
    boolean commit = ImportMode.COMMIT.slug().equals(run.mode());
    String stamp = references.dataStamp();
    FileCheck<T> check =
        commit ? this.<T>checkedByDryRun(run.dryRunId(), stamp).orElse(null) : null;
    if (check == null) {
      check = checkFile(run, definition);
    }
    if (!commit) {
      plans.keep(run.importId(), check, stamp);
    }
    ImportPlan<T> plan = check.plan();
    List<String> warnings = check.warnings();
    ImportCounts counts = plan.counts(commit && run.skipInvalid());
    runs.checked(run.importId(), counts, plan.problems(), String.join(" ", warnings));
    if (!commit) {
      return Optional.empty();
    }
    Optional<String> refusal = refusal(run, plan, counts);
    if (refusal.isPresent()) {
      runs.fail(run.importId(), refusal.get());
      return Optional.empty();
    }
    runs.applying(run.importId(), counts.toCreate() + counts.toUpdate());
    return Optional.of(check);
  }

  /**
   * The plan of the dry run when the data has not changed since it was checked: what the dry run
   * showed is then exactly what the file would do, without reading it again.
   */
  @SuppressWarnings("unchecked")
  private <T> Optional<FileCheck<T>> checkedByDryRun(Long dryRunId, String stamp) {
    return dryRunId == null
        ? Optional.empty()
        : plans.find(dryRunId, stamp).map(check -> (FileCheck<T>) check);
  }

  private <T> FileCheck<T> checkFile(ImportRunView run, ImportDefinition<T> definition) {
    ReferenceData data = references.load(definition.kind());
    try (InputStream in = files.open(run.importId())) {
      return FileCheck.of(
          definition,
          data,
          in,
          run.fileName(),
          settings.limits(),
          rows -> runs.progress(run.importId(), rows, Math.max(run.total(), rows)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why a checked commit must not be applied, if it must not. */
  private Optional<String> refusal(ImportRunView run, ImportPlan<?> plan, ImportCounts counts) {
    if (plan.hasFileProblems()) {
      return Optional.of(
          "The file has errors in its header that skipping rows cannot get past; nothing was"
              + " written.");
    }
    if (counts.errors() > 0 && !run.skipInvalid()) {
      return Optional.of(
          counts.errors()
              + (counts.errors() == 1 ? " error" : " errors")
              + " in the file, so nothing was written. Fix them and import again, or commit with"
              + " skipInvalid=true to import the valid rows only.");
    }
    ImportCounts dryRun = dryRunCounts(run);
    if (!counts.sameChanges(dryRun)) {
      return Optional.of(
          "The data changed since the dry run: it found "
              + describe(dryRun)
              + ", the file would now make "
              + describe(counts)
              + ". Nothing was written; dry-run the file again.");
    }
    return Optional.empty();
  }

  private ImportCounts dryRunCounts(ImportRunView run) {
    ImportRunView dryRun = runs.view(run.dryRunId());
    return new ImportCounts(
        dryRun.rows(),
        dryRun.toCreate(),
        dryRun.toUpdate(),
        dryRun.unchanged(),
        dryRun.errorCount(),
        0);
  }

  private static String describe(ImportCounts counts) {
    return counts.toCreate()
        + " to create, "
        + counts.toUpdate()
        + " to update, "
        + counts.unchanged()
        + " unchanged and "
        + counts.errors()
        + " errors";
  }
}
