package org.cadre.reports.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One uploaded row for the {@link ErrorWorkbook}, with what is wrong with it.
 *
 * @param rowNumber the row's number in the uploaded file
 * @param cells the row's cells as text, in the file's column order; {@code null} or empty for an
 *     empty cell
 * @param cellProblems the reason each problematic cell is wrong, by its column index in the file
 *     (counting from 0), e.g. {@code 2 -> "\"31/02/2026\" is not a date ..."}
 * @param rowProblems what is wrong with the row as a whole
 */
public record ErrorRow(
    int rowNumber,
    List<String> cells,
    Map<Integer, String> cellProblems,
    List<String> rowProblems) {

  public ErrorRow {
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
    cellProblems = Map.copyOf(cellProblems);
    rowProblems = List.copyOf(rowProblems);
  }
}
