package org.cadre.services.imports.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The columns of an employee import, and the same rows written the ways HR's files come. */
final class Employees {

  static final ColumnSpec NUMBER =
      ColumnSpec.required("Employee number", ColumnSpec.Kind.TEXT, "Employee no", "Staff number");
  static final ColumnSpec NAME = ColumnSpec.required("Name", ColumnSpec.Kind.TEXT);
  static final ColumnSpec HIRE_DATE =
      ColumnSpec.required("Hire date", ColumnSpec.Kind.DATE, "Start date");
  static final ColumnSpec FTE = ColumnSpec.optional("FTE", ColumnSpec.Kind.DECIMAL);
  static final ColumnSpec LEVEL = ColumnSpec.optional("Level", ColumnSpec.Kind.INTEGER);
  static final ColumnSpec ACTIVE = ColumnSpec.optional("Active", ColumnSpec.Kind.BOOLEAN);
  static final List<ColumnSpec> COLUMNS = List.of(NUMBER, NAME, HIRE_DATE, FTE, LEVEL, ACTIVE);

  static final List<String> HEADER =
      List.of("Employee number", "Name", "Hire date", "FTE", "Level", "Active");

  /** Typed rows: names with delimiters, quotes and a line break; a blank row; empty cells. */
  static List<List<Object>> typedRows() {
    return List.of(
        List.copyOf(HEADER),
        row("E-001", "Müller, Anna; HR", LocalDate.of(2026, 1, 15), 0.5, 3, true),
        row("E-002", "Line one\nLine two", LocalDate.of(2025, 12, 1), 1, 2, false),
        row(),
        row("E-003", "Zoë \"Z\" Ng", LocalDate.of(2024, 2, 29)));
  }

  /** What reading the typed rows must give: row number, then every column's value. */
  static final List<List<Object>> EXPECTED =
      List.of(
          Arrays.asList(2, "E-001", "Müller, Anna; HR", LocalDate.of(2026, 1, 15), "0.5", 3, true),
          Arrays.asList(3, "E-002", "Line one\nLine two", LocalDate.of(2025, 12, 1), "1", 2, false),
          Arrays.asList(5, "E-003", "Zoë \"Z\" Ng", LocalDate.of(2024, 2, 29), null, null, null));

  private Employees() {}

  /** Reads every column of a row, as {@link #EXPECTED} lists them. */
  static List<Object> read(SheetRow row) {
    var fte = row.decimal(FTE);
    return Arrays.asList(
        row.number(),
        row.text(NUMBER),
        row.text(NAME),
        row.date(HIRE_DATE),
        fte == null ? null : fte.toPlainString(),
        row.integer(LEVEL),
        row.bool(ACTIVE));
  }

  /**
   * The typed rows as CSV text: dates in ISO form, booleans as yes/no, decimals with a comma when
   * semicolons separate the columns, quotes where needed.
   */
  static String csv(char delimiter) {
    StringBuilder text = new StringBuilder();
    for (List<Object> row : typedRows()) {
      List<String> fields = new ArrayList<>();
      for (Object value : row) {
        String field =
            value instanceof Boolean flag
                ? (flag ? "yes" : "no")
                : value instanceof Double number && delimiter == ';'
                    ? number.toString().replace('.', ',')
                    : String.valueOf(value);
        if (field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\n")) {
          field = "\"" + field.replace("\"", "\"\"") + "\"";
        }
        fields.add(field);
      }
      text.append(String.join(String.valueOf(delimiter), fields)).append("\r\n");
    }
    return text.toString();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
