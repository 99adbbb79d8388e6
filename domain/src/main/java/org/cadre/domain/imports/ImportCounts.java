package org.cadre.domain.imports;

/**
 * What a file holds against the database: its data rows, how many would create, update or leave
 * unchanged a record, how many problems were found, and how many invalid rows were skipped.
 */
public record ImportCounts(
    int rows, int toCreate, int toUpdate, int unchanged, int errors, int skipped) {

  /** Whether two runs found the same changes: a commit applies exactly what its dry run showed. */
  public boolean sameChanges(ImportCounts other) {
    return rows == other.rows
        && toCreate == other.toCreate
        && toUpdate == other.toUpdate
        && unchanged == other.unchanged
        && errors == other.errors;
  }
}
