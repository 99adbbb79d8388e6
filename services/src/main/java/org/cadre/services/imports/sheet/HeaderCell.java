package org.cadre.services.imports.sheet;

/**
 * A cell of the header row.
 *
 * @param index the column's position counting from 0
 * @param name the header as written in the file, or an empty string
 */
public record HeaderCell(int index, String name) {

  /** The column's letter as a spreadsheet shows it: A, B, …, Z, AA, AB, … */
  public String letter() {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** How messages name the column: its letter and header, e.g. {@code C "Email"}. */
  public String describe() {
    return name.isBlank() ? letter() : letter() + " \"" + name + "\"";
  }
}
