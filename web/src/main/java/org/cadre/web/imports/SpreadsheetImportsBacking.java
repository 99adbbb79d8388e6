package org.cadre.web.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.imports.ImportRunView;
import org.cadre.services.imports.ImportService;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * HR spreadsheet imports: upload a file for a dry run, follow its progress, read its errors, commit
 * it (all rows, or the valid ones only) and follow that; below, every import so far.
 */
@Named
@ViewScoped
public class SpreadsheetImportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String POLL = "importPoll";

  @Inject private ImportService imports;
  @Inject private CallerContext callers;

  private ImportKind kind = ImportKind.ORG_UNITS;
  private ImportRunView dryRun;
  private ImportRunView commitRun;
  private Integer invalidRows;
  private String problemFilter;
  private final LazyDataModel<ImportProblem> problemModel = new ProblemModel();
  private final LazyDataModel<ImportRunView> historyModel = new HistoryModel();

  /** Only HR and admins import; anyone else gets the portal's "not allowed" page. */
  public void load() {
    try {
      imports.history(callers.caller(), 0, 1);
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    }
  }

  /** A file arrived: its dry run starts in the background, and the page follows it. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream content = file.getInputStream()) {
      dryRun =
          imports.start(
              callers.caller(), kind, ImportMode.DRY_RUN, false, file.getFileName(), content);
      commitRun = null;
      invalidRows = null;
      problemFilter = null;
      follow();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void commit() {
    commit(false);
  }

  public void commitValidRows() {
    commit(true);
  }

  private void commit(boolean skipInvalid) {
    try {
      commitRun = imports.commit(callers.caller(), dryRun.importId(), skipInvalid);
      follow();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** Called by the poll every second while a run is under way. */
  public void refresh() {
    try {
      if (commitRun != null) {
        commitRun = imports.get(callers.caller(), commitRun.importId());
      } else if (dryRun != null) {
        dryRun = imports.get(callers.caller(), dryRun.importId());
      }
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
      commitRun = null;
      dryRun = null;
    }
  }

  private void follow() {
    PrimeFaces.current().executeScript("PF('" + POLL + "').start();");
  }

  /** The run the progress bar follows: the commit once there is one, the dry run before. */
  public ImportRunView getCurrent() {
    return commitRun != null ? commitRun : dryRun;
  }

  public boolean isRunning() {
    ImportRunView current = getCurrent();
    return current != null && !current.finished();
  }

  /** A dry run has finished and found what the file would change. */
  public boolean isChecked() {
    return dryRun != null && dryRun.status() == ImportStatus.CHECKED;
  }

  public boolean isCommittable() {
    return isChecked() && (commitRun == null || commitRun.status() == ImportStatus.FAILED);
  }

  /** The rows a commit of the valid rows only would leave out. */
  public int getInvalidRows() {
    if (invalidRows == null) {
      invalidRows =
          dryRun == null || !dryRun.finished() || dryRun.errorCount() == 0
              ? 0
              : imports.problemRows(callers.caller(), dryRun.importId());
    }
    return invalidRows;
  }

  public String getSkipConfirmation() {
    return Messages.text("imports.commit.confirm", getInvalidRows());
  }

  public String getTemplateUrl() {
    return "api/imports/templates/" + kind.slug() + ".xlsx";
  }

  public String getErrorWorkbookUrl() {
    return dryRun == null ? null : "api/imports/" + dryRun.importId() + "/errors.xlsx";
  }

  /** "Employees" for "employees", as the history shows kinds. */
  public String kindLabel(String slug) {
    return ImportKind.bySlug(slug).map(ImportKind::label).orElse(slug);
  }

  public String statusLabel(ImportStatus status) {
    return Messages.text("imports.status." + status.name());
  }

  public String modeLabel(String mode) {
    return Messages.text("imports.mode." + mode);
  }

  /** "3.2" rows a second, or blank before there is a rate. */
  public String rate(ImportRunView run) {
    return run.rowsPerSecond() <= 0
        ? "–"
        : String.format(Locale.ENGLISH, "%,.1f", run.rowsPerSecond());
  }

  public String timeLeft(ImportRunView run) {
    long seconds = run.secondsLeft();
    if (run.finished()) {
      return Messages.text("imports.progress.done");
    }
    if (seconds < 0) {
      return Messages.text("imports.progress.estimating");
    }
    return seconds < 60
        ? Messages.text("imports.progress.seconds", seconds)
        : Messages.text("imports.progress.minutes", seconds / 60, seconds % 60);
  }

  public List<ImportKind> getKinds() {
    return List.of(ImportKind.values());
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    this.kind = kind;
  }

  public ImportRunView getDryRun() {
    return dryRun;
  }

  public ImportRunView getCommitRun() {
    return commitRun;
  }

  public String getProblemFilter() {
    return problemFilter;
  }

  public void setProblemFilter(String problemFilter) {
    this.problemFilter = problemFilter;
  }

  public LazyDataModel<ImportProblem> getProblems() {
    return problemModel;
  }

  public LazyDataModel<ImportRunView> getHistory() {
    return historyModel;
  }

  /** The dry run's problems a page at a time, filtered in the database. */
  private final class ProblemModel extends LazyDataModel<ImportProblem> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (dryRun == null || !dryRun.finished()) {
        return 0;
      }
      return imports.problemCount(callers.caller(), dryRun.importId(), problemFilter);
    }

    @Override
    public List<ImportProblem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (dryRun == null || !dryRun.finished()) {
        return List.of();
      }
      setRowCount(imports.problemCount(callers.caller(), dryRun.importId(), problemFilter));
      return imports.problems(callers.caller(), dryRun.importId(), problemFilter, first, pageSize);
    }

    @Override
    public String getRowKey(ImportProblem problem) {
      return problem.row() + ":" + problem.columnIndex() + ":" + problem.reason().hashCode();
    }
  }

  /** Every import so far, newest first. */
  private final class HistoryModel extends LazyDataModel<ImportRunView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) imports.history(callers.caller(), 0, 1).total();
    }

    @Override
    public List<ImportRunView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = imports.history(callers.caller(), first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(ImportRunView run) {
      return Long.toString(run.importId());
    }
  }
}
