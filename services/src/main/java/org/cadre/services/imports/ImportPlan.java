package org.cadre.services.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportProblem;

/**
 * What a file would do to the database, row by row: which rows create, update or leave a record
 * unchanged, and the problems of the rows that cannot be imported. A row with a problem changes
 * nothing; a row can turn invalid late, when a check of the whole file finds its problem.
 *
 * @param <T> the record a row states, e.g. an employee
 */
public final class ImportPlan<T> {

  /** What a valid row does. */
  public enum Action {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  /** A valid row's record and what it does. */
  public record Change<T>(int row, Action action, T record) {}

  private final Map<Integer, Change<T>> changes = new LinkedHashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final TreeSet<Integer> invalidRows = new TreeSet<>();
  private int rows;

  /** Counts a data row of the file, valid or not. */
  public void countRow() {
    rows++;
  }

  public void plan(int row, Action action, T record) {
    changes.put(row, new Change<>(row, action, record));
  }

  /** What a commit stages: the changes that create or update a record, in the file's order. */
  public List<Change<T>> writes() {
    return changes.values().stream().filter(change -> change.action() != Action.UNCHANGED).toList();
  }

  /** Marks a row invalid with its problems; a change planned for it is dropped. */
  public void reject(int row, Collection<ImportProblem> rowProblems) {
    if (rowProblems.isEmpty()) {
      throw new IllegalArgumentException("row " + row + " is rejected without a problem");
    }
    changes.remove(row);
    invalidRows.add(row);
    problems.addAll(rowProblems);
  }

  public void reject(ImportProblem problem) {
    reject(problem.row(), List.of(problem));
  }

  /** Problems with the file as a whole (the header), which no skipping of rows can get past. */
  public void rejectFile(ImportProblem problem) {
    problems.add(problem);
  }

  public boolean isInvalid(int row) {
    return invalidRows.contains(row);
  }

  public Collection<Change<T>> changes() {
    return changes.values();
  }

  /** The problems sorted by row, in the order found within a row. */
  public List<ImportProblem> problems() {
    List<ImportProblem> sorted = new ArrayList<>(problems);
    sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
    return sorted;
  }

  /** Whether a header problem stops every row, skipped or not. */
  public boolean hasFileProblems() {
    return problems.stream().anyMatch(p -> !invalidRows.contains(p.row()));
  }

  public int rows() {
    return rows;
  }

  /**
   * @param skipping whether the invalid rows are being skipped, as a commit with skipInvalid does
   */
  public ImportCounts counts(boolean skipping) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Change<T> change : changes.values()) {
      switch (change.action()) {
        case CREATE -> created++;
        case UPDATE -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
    return new ImportCounts(
        rows, created, updated, unchanged, problems.size(), skipping ? invalidRows.size() : 0);
  }

  /** The rows skipped when invalid rows are skipped, by row number. */
  public List<Integer> invalidRows() {
    return List.copyOf(invalidRows);
  }
}
