package org.cadre.services.blueprint.document;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Which column of a table holds which field, read from the header labels. */
final class TableColumns {

  private TableColumns() {}

  /**
   * A table from its rows; the first row is the header when the format marks it so, or when it
   * reads like one (short labels, not sentences) and more rows follow.
   */
  static Block.Table withHeader(List<List<String>> rows, boolean firstRowIsHeader) {
    if (!rows.isEmpty()
        && (firstRowIsHeader || (rows.size() > 1 && looksLikeHeader(rows.get(0))))) {
      return new Block.Table(rows.get(0), rows.subList(1, rows.size()), false);
    }
    return new Block.Table(List.of(), rows, false);
  }

  static boolean looksLikeHeader(List<String> cells) {
    if (cells.size() < 2) {
      return false;
    }
    for (String cell : cells) {
      if (Texts.words(cell) > 6 || Texts.endsLikeSentence(cell)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The column of each field: by the header labels, each label naming at most one field and the
   * first column for a field winning; in the given order when there is no header or no label is
   * recognised.
   */
  static <F extends Enum<F>> Map<F, Integer> map(
      List<String> header, Function<String, F> fieldOf, List<F> positional, Class<F> type) {
    Map<F, Integer> columns = new EnumMap<>(type);
    for (int i = 0; i < header.size(); i++) {
      F field = fieldOf.apply(header.get(i));
      if (field != null) {
        columns.putIfAbsent(field, i);
      }
    }
    if (columns.isEmpty()) {
      for (int i = 0; i < positional.size(); i++) {
        columns.put(positional.get(i), i);
      }
    }
    return columns;
  }

  /**
   * Warns about the header's columns that no field was read from ("Owner", "Data source"), so that
   * what the table says there is not lost silently.
   */
  static void warnAboutIgnored(
      List<String> header,
      Map<?, Integer> columns,
      SectionSplitter.RawSection section,
      String table,
      Warnings warnings) {
    for (int i = 0; i < header.size(); i++) {
      if (!columns.containsValue(i) && !header.get(i).isBlank()) {
        warnings.add(
            Messages.where(section)
                + "ignored the column "
                + Texts.quote(header.get(i))
                + " of the "
                + table
                + " table.");
      }
    }
  }

  /** The cell of the field, or {@code null} when the row has no such column or it is empty. */
  static <F> String cell(List<String> row, Map<F, Integer> columns, F field) {
    Integer index = columns.get(field);
    if (index == null || index >= row.size()) {
      return null;
    }
    return Texts.orNull(row.get(index));
  }
}
