package org.cadre.services.imports.sheet;

import java.util.List;

/**
 * A row as read from the file.
 *
 * @param number the row number as the spreadsheet shows it
 * @param cells the cells in column order up to the last non-empty one; {@code null} for an empty
 *     cell before it
 */
record RawRow(int number, List<CellValue> cells) {

  /** Whether the row holds nothing but empty cells and white space. */
  boolean isBlank() {
    for (CellValue cell : cells) {
      if (cell != null && !SheetText.isBlank(cell.display())) {
        return false;
      }
    }
    return true;
  }
}
