package org.cadre.web.imports;

import java.util.List;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.services.imports.ImportRunView;

/**
 * An import run as the API answers it: its outcome and counts, its progress while it runs, and its
 * errors (the first {@value #ERRORS_SHOWN}; the error workbook has them all).
 */
public record ImportAnswer(
    long importId,
    String kind,
    String mode,
    String status,
    String fileName,
    int rows,
    int toCreate,
    int toUpdate,
    int unchanged,
    int errorCount,
    int skipped,
    String message,
    int done,
    int total,
    int percent,
    double rowsPerSecond,
    long secondsLeft,
    List<Error> errors) {

  static final int ERRORS_SHOWN = 1000;

  /** One error: the row and column as the spreadsheet shows them, the value, and the message. */
  public record Error(int row, String column, String value, String message) {}

  static ImportAnswer of(ImportRunView run, List<ImportProblem> problems) {
    return new ImportAnswer(
        run.importId(),
        run.kind(),
        run.mode(),
        run.status().name(),
        run.fileName(),
        run.rows(),
        run.toCreate(),
        run.toUpdate(),
        run.unchanged(),
        run.errorCount(),
        run.skipped(),
        run.message(),
        run.done(),
        run.total(),
        run.percent(),
        run.rowsPerSecond(),
        run.secondsLeft(),
        problems.stream()
            .map(p -> new Error(p.row(), p.column(), p.value(), p.message()))
            .toList());
  }
}
