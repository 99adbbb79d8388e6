package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadre.domain.access.Role;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.reports.imports.ErrorRow;
import org.cadre.reports.imports.ErrorWorkbook;
import org.cadre.services.access.Caller;
import org.cadre.services.common.ConflictException;
import org.cadre.services.imports.sheet.HeaderCell;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.imports.sheet.SheetRow;

/** The workbooks of imports: a template per kind, and the error workbook of a run. */
@ApplicationScoped
public class ImportWorkbooks {

  private ImportService imports;
  private ImportDefinitions definitions;
  private ReferenceLoader references;
  private ImportFiles files;
  private ImportSettings settings;

  protected ImportWorkbooks() {
    // for CDI
  }

  @Inject
  public ImportWorkbooks(
      ImportService imports,
      ImportDefinitions definitions,
      ReferenceLoader references,
      ImportFiles files,
      ImportSettings settings) {
    this.imports = imports;
    this.definitions = definitions;
    this.references = references;
    this.files = files;
    this.settings = settings;
  }

  /** The template of a kind, with drop-down lists of the units, blueprints and competencies. */
  public void template(Caller caller, ImportKind kind, OutputStream out) {
    caller.require("download import templates", Role.HR, Role.ADMIN);
    definitions.of(kind).template(references.load(kind)).write(out);
  }

  /**
   * The rows of a run's file as uploaded, with an Errors column and the cells with problems
   * highlighted; written as the file is read again, so a large file is never held in memory.
   */
  public void errors(Caller caller, long id, OutputStream out) {
    ImportRunView run = imports.get(caller, id);
    if (!run.finished()) {
      throw new ConflictException(
          "Import " + id + " is still running; its errors are not known yet.");
    }
    if (run.status() == ImportStatus.FAILED && run.rows() == 0) {
      throw new ConflictException(
          "The file of import "
              + id
              + " could not be read, so it has no rows to show: "
              + run.message());
    }
    if (!files.exists(id)) {
      throw new ConflictException("The file of import " + id + " is no longer kept.");
    }
    Map<Integer, List<ImportProblem>> byRow = new HashMap<>();
    for (ImportProblem problem : imports.problems(caller, id, null, 0, Integer.MAX_VALUE)) {
      byRow.computeIfAbsent(problem.row(), row -> new ArrayList<>()).add(problem);
    }
    ImportKind kind = ImportService.kind(run.kind());
    try (InputStream in = files.open(id);
        SheetReader sheet =
            SheetReader.open(
                in, run.fileName(), definitions.of(kind).columns(), settings.limits());
        Stream<SheetRow> rows = sheet.rows()) {
      List<String> header = sheet.header().cells().stream().map(HeaderCell::name).toList();
      Iterator<ErrorRow> errorRows =
          rows.map(row -> errorRow(row, byRow.getOrDefault(row.number(), List.of()))).iterator();
      ErrorWorkbook.write(out, header, errorRows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ErrorRow errorRow(SheetRow row, List<ImportProblem> problems) {
    Map<Integer, String> cells = new HashMap<>();
    List<String> whole = new ArrayList<>();
    for (ImportProblem problem : problems) {
      if (problem.columnIndex() >= 0) {
        cells.merge(problem.columnIndex(), problem.reason(), (a, b) -> a + "\n" + b);
      } else {
        whole.add(problem.reason());
      }
    }
    return new ErrorRow(row.number(), row.texts(), cells, whole);
  }
}
