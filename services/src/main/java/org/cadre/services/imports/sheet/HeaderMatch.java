package org.cadre.services.imports.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header row of an upload matched against the columns an import reads: which header cell holds
 * which column, which required columns are missing, which columns appear twice and which the import
 * does not know.
 *
 * <p>Unknown columns are not an error: they are listed in {@link #warnings()}. A wide sheet (one
 * column per competency) reads them by asking for a {@link ColumnSpec} made from their header:
 * {@link #find} also finds columns that were not among those the match was made for.
 */
public final class HeaderMatch {

  private static final int NAMES_SHOWN = 12;

  private final int rowNumber;
  private final List<HeaderCell> cells;
  private final List<String> normalized;
  private final Map<ColumnSpec, HeaderCell> found = new HashMap<>();
  private final Map<ColumnSpec, Optional<HeaderCell>> lookups = new HashMap<>();
  private final List<ColumnSpec> missingRequired = new ArrayList<>();
  private final Map<ColumnSpec, List<HeaderCell>> duplicated = new LinkedHashMap<>();
  private final List<HeaderCell> unknown = new ArrayList<>();

  private HeaderMatch(int rowNumber, List<HeaderCell> cells) {
    this.rowNumber = rowNumber;
    this.cells = List.copyOf(cells);
    this.normalized = cells.stream().map(cell -> HeaderNames.normalize(cell.name())).toList();
  }

  /**
   * Matches header names, in column order, against the columns an import reads.
   *
   * @param rowNumber the header's row number as the spreadsheet shows it
   */
  static HeaderMatch of(int rowNumber, List<String> names, List<ColumnSpec> columns) {
    List<HeaderCell> cells = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      cells.add(new HeaderCell(i, names.get(i).strip()));
    }
    HeaderMatch match = new HeaderMatch(rowNumber, cells);
    for (HeaderCell cell : match.cells) {
      String normalized = match.normalized.get(cell.index());
      ColumnSpec column =
          normalized.isEmpty()
              ? null
              : columns.stream().filter(c -> c.answersTo(normalized)).findFirst().orElse(null);
      if (column == null) {
        match.unknown.add(cell);
      } else if (match.found.putIfAbsent(column, cell) != null) {
        match.duplicated.computeIfAbsent(column, c -> new ArrayList<>(List.of(match.found.get(c))));
        match.duplicated.get(column).add(cell);
      }
    }
    for (ColumnSpec column : columns) {
      if (column.required() && !match.found.containsKey(column)) {
        match.missingRequired.add(column);
      }
    }
    return match;
  }

  /** The header's row number as the spreadsheet shows it. */
  public int rowNumber() {
    return rowNumber;
  }

  /** Every header cell up to the last one that is filled in, blank ones included. */
  public List<HeaderCell> cells() {
    return cells;
  }

  /**
   * The header cell that holds a column. A column that was not among those the match was made for
   * is looked up by its header and aliases; if several cells name it, the first one counts.
   */
  public Optional<HeaderCell> find(ColumnSpec column) {
    return lookups.computeIfAbsent(
        column,
        c ->
            found.containsKey(c)
                ? Optional.of(found.get(c))
                : cells.stream().filter(h -> c.answersTo(normalized.get(h.index()))).findFirst());
  }

  /** Header cells that name none of the import's columns, blank ones included. */
  public List<HeaderCell> unknownColumns() {
    return List.copyOf(unknown);
  }

  /** Required columns the header row lacks. */
  public List<ColumnSpec> missingColumns() {
    return List.copyOf(missingRequired);
  }

  /** Messages about columns whose values the import ignores. */
  public List<String> warnings() {
    return unknown.stream()
        .map(
            cell ->
                cell.name().isBlank()
                    ? "Column " + cell.letter() + " has no header; its values are ignored."
                    : "Column "
                        + cell.describe()
                        + " is not one of the columns this import reads; its values are ignored.")
        .toList();
  }

  /**
   * Why the rows cannot be read under this header (required columns missing, a column given twice),
   * or {@code null} when they can.
   */
  String fatalProblem() {
    List<String> problems = new ArrayList<>();
    if (!missingRequired.isEmpty()) {
      problems.add(missingMessage());
    }
    duplicated.forEach(
        (column, twice) ->
            problems.add(
                "the columns "
                    + and(twice.stream().map(HeaderCell::describe).toList())
                    + (twice.size() == 2 ? " are both" : " are all")
                    + " the \""
                    + column.header()
                    + "\" column; keep one of them"));
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  private String missingMessage() {
    List<String> names =
        missingRequired.stream()
            .map(
                column ->
                    column.aliases().isEmpty()
                        ? quote(column.header())
                        : quote(column.header())
                            + " (or "
                            + column.aliases().stream()
                                .map(HeaderMatch::quote)
                                .collect(Collectors.joining(" or "))
                            + ")")
            .toList();
    String subject =
        names.size() == 1
            ? "the required column " + names.get(0) + " is missing"
            : "the required columns " + and(names) + " are missing";
    List<String> present =
        cells.stream()
            .map(HeaderCell::name)
            .filter(n -> !n.isBlank())
            .map(HeaderMatch::quote)
            .toList();
    if (present.isEmpty()) {
      return subject + ": the header row (row " + rowNumber + ") is empty";
    }
    String shown =
        present.size() <= NAMES_SHOWN
            ? String.join(", ", present)
            : String.join(", ", present.subList(0, NAMES_SHOWN)) + ", …";
    return subject + ": the header row (row " + rowNumber + ") has " + shown;
  }

  /** The items as a sentence lists them: "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
