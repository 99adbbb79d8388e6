package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.imports.FileFacts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportProgress;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportRunRepository;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.access.Caller;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.RefusalsRollBack;
import org.cadre.services.common.ServiceException;

/**
 * HR spreadsheet imports: a dry run of a file shows what it would change and every error in it; a
 * commit of the same file applies exactly that, all or nothing. Each run is a background job; the
 * caller may wait for it or follow its progress.
 */
@ApplicationScoped
public class ImportService {

  private static final Role[] IMPORTERS = {Role.HR, Role.ADMIN};

  private ImportRuns runs;
  private ImportRunRepository history;
  private ImportFiles files;
  private ImportJobs jobs;
  private ImportCompletions completions;

  protected ImportService() {
    // for CDI
  }

  @Inject
  public ImportService(
      ImportRuns runs,
      ImportRunRepository history,
      ImportFiles files,
      ImportJobs jobs,
      ImportCompletions completions) {
    this.runs = runs;
    this.history = history;
    this.files = files;
    this.jobs = jobs;
    this.completions = completions;
  }

  public static ImportKind kind(String slug) {
    return ImportKind.bySlug(slug)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no import kind \""
                        + slug
                        + "\"; the kinds are "
                        + Arrays.stream(ImportKind.values())
                            .map(ImportKind::slug)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  public static ImportMode mode(String slug) {
    return Arrays.stream(ImportMode.values())
        .filter(mode -> mode.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("mode", slug, "the mode is dry-run or commit"));
  }

  /**
   * Starts a run of an uploaded file. A commit needs a dry run of the same file (same checksum)
   * that found what it would change; it is refused otherwise.
   */
  public ImportRunView start(
      Caller caller,
      ImportKind kind,
      ImportMode mode,
      boolean skipInvalid,
      String fileName,
      InputStream upload) {
    caller.require("import " + kind.label().toLowerCase(), IMPORTERS);
    if (skipInvalid && mode == ImportMode.DRY_RUN) {
      throw InvalidInputException.of(
          "skipInvalid", true, "rows are skipped by a commit only; a dry run shows them all");
    }
    ImportFiles.Received received = files.receive(upload, fileName);
    try {
      Long dryRunId = null;
      if (mode == ImportMode.COMMIT) {
        dryRunId =
            runs.latestDryRun(kind, received.facts().checksum())
                .orElseThrow(
                    () ->
                        new ConflictException(
                            "No dry run of this file was found: "
                                + received.facts().name()
                                + " differs from every file dry-run as "
                                + kind.slug()
                                + ". Dry-run it first, check the result, then commit the same"
                                + " file."));
      }
      ImportRunView run =
          runs.create(
              new ImportRun(
                  kind,
                  mode,
                  received.facts(),
                  skipInvalid,
                  caller.username(),
                  Instant.now(),
                  dryRunId));
      files.keep(received, run.importId());
      jobs.start(run.importId());
      return run;
    } catch (RuntimeException e) {
      files.discard(received);
      throw e;
    }
  }

  /** Commits the file of a dry run, as the portal does after showing its result. */
  public ImportRunView commit(Caller caller, long dryRunId, boolean skipInvalid) {
    caller.require("commit imports", IMPORTERS);
    ImportRunView dryRun = runs.view(dryRunId);
    if (!ImportMode.DRY_RUN.slug().equals(dryRun.mode())
        || dryRun.status() != ImportStatus.CHECKED) {
      throw new ConflictException(
          "Import " + dryRunId + " is not a finished dry run, so there is nothing to commit.");
    }
    if (!files.exists(dryRunId)) {
      throw new ConflictException(
          "The file of dry run " + dryRunId + " is no longer kept; upload it again.");
    }
    ImportKind kind = kind(dryRun.kind());
    ImportRunView run =
        runs.create(
            new ImportRun(
                kind,
                ImportMode.COMMIT,
                new FileFacts(dryRun.fileName(), dryRun.checksum(), dryRun.fileSize()),
                skipInvalid,
                caller.username(),
                Instant.now(),
                dryRunId));
    files.copy(dryRunId, run.importId());
    jobs.start(run.importId());
    return run;
  }

  /**
   * The run once its job has ended, or as it is when the wait is over, whichever comes first,
   * without holding the caller's thread: the job signals its end ({@link ImportCompletions}).
   */
  public CompletionStage<ImportRunView> whenEnded(Caller caller, long id, Duration wait) {
    get(caller, id);
    return completions.ended(id, wait);
  }

  public ImportRunView get(Caller caller, long id) {
    caller.require("see imports", IMPORTERS);
    return runs.view(id);
  }

  @Transactional(dontRollbackOn = ServiceException.class)
  @RefusalsRollBack
  public PageView<ImportRunView> history(Caller caller, int page, int size) {
    caller.require("see imports", IMPORTERS);
    PageRequest request = PageView.request(page, size);
    Page<ImportRun> runs = history.history(request);
    Map<Long, ImportProgress> progress =
        history.progress(runs.items().stream().map(ImportRun::id).toList());
    Instant now = Instant.now();
    return PageView.of(
        runs.map(
            run ->
                ImportRunView.of(run, progress.getOrDefault(run.id(), ImportProgress.NONE), now)));
  }

  /**
   * A run's problems in row order.
   *
   * @param contains only problems whose column, value or reason contains this text; null or blank
   *     for all
   */
  @Transactional(dontRollbackOn = ServiceException.class)
  @RefusalsRollBack
  public List<ImportProblem> problems(
      Caller caller, long id, String contains, int offset, int limit) {
    get(caller, id);
    return history.problems(id, blankToNull(contains), offset, limit);
  }

  /** How many problems {@link #problems} finds without paging. */
  @Transactional(dontRollbackOn = ServiceException.class)
  @RefusalsRollBack
  public int problemCount(Caller caller, long id, String contains) {
    get(caller, id);
    return history.countProblems(id, blankToNull(contains));
  }

  /** How many rows of a run have problems: what a commit of the valid rows only leaves out. */
  @Transactional(dontRollbackOn = ServiceException.class)
  @RefusalsRollBack
  public int problemRows(Caller caller, long id) {
    get(caller, id);
    return history.problemRows(id);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
