package org.cadre.services.imports.kinds;

import org.cadre.domain.imports.ImportProblem;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.HeaderCell;
import org.cadre.services.imports.sheet.HeaderMatch;

/** Problems found after a row was read, when only its number and values are left. */
final class Problems {

  private Problems() {}

  static ImportProblem at(
      HeaderMatch header, int row, ColumnSpec column, String value, String reason) {
    HeaderCell cell = header.find(column).orElse(null);
    return cell == null
        ? new ImportProblem(row, null, -1, value == null ? "" : value, reason)
        : new ImportProblem(row, cell.name(), cell.index(), value == null ? "" : value, reason);
  }

  static String quoted(String value) {
    return "\"" + value + "\"";
  }
}
