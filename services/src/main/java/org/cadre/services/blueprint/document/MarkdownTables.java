package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Markdown tables: pipe tables, with or without the outer pipes ("a | b" over "---|---", as
 * converters write them), and pandoc's grid tables, whose cells may run over several lines.
 */
final class MarkdownTables {

  /** The rule under a pipe table's header: "|---|:---:|" or "---|---". */
  private static final Pattern PIPE_RULE =
      Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?$|^\\|\\s*:?-+:?\\s*\\|$");

  /** A grid table's border: "+----+----+", or "+====+====+" under the header. */
  private static final Pattern GRID_BORDER = Pattern.compile("^\\+([-=:]+\\+)+$");

  private MarkdownTables() {}

  static boolean isPipeRule(String trimmed) {
    return trimmed.indexOf('|') >= 0 && PIPE_RULE.matcher(trimmed).matches();
  }

  static boolean isGridBorder(String trimmed) {
    return trimmed.startsWith("+") && GRID_BORDER.matcher(trimmed).matches();
  }

  /** The cells of a pipe table row, without the outer pipes; "\|" is a pipe inside a cell. */
  static List<String> pipeCells(String trimmed) {
    String inner = trimmed;
    if (inner.startsWith("|")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("|") && !inner.endsWith("\\|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cellText(cell.toString()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cellText(cell.toString()));
    return cells;
  }

  /** Collects the rows of a grid table, line by line, between its borders. */
  static final class Grid {

    private final List<Integer> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private List<StringBuilder> row;
    private boolean header;

    /** A grid starting at its top border; the '+' of the border mark the column edges. */
    Grid(String border) {
      for (int i = 0; i < border.length(); i++) {
        if (border.charAt(i) == '+') {
          columns.add(i);
        }
      }
    }

    /** Takes the next line of the grid; {@code false} when the line does not belong to it. */
    boolean add(String trimmed) {
      if (isGridBorder(trimmed)) {
        endRow();
        if (trimmed.indexOf('=') >= 0 && rows.size() == 1) {
          header = true;
        }
        return true;
      }
      if (!trimmed.startsWith("|")) {
        return false;
      }
      if (row == null) {
        row = new ArrayList<>();
        for (int c = 1; c < columns.size(); c++) {
          row.add(new StringBuilder());
        }
      }
      for (int c = 1; c < columns.size(); c++) {
        int from = Math.min(columns.get(c - 1) + 1, trimmed.length());
        int to = Math.min(columns.get(c), trimmed.length());
        String piece = trimmed.substring(from, to).strip();
        if (!piece.isEmpty()) {
          StringBuilder cell = row.get(c - 1);
          cell.append(cell.length() > 0 ? " " : "").append(piece);
        }
      }
      return true;
    }

    Block.Table table() {
      endRow();
      return TableColumns.withHeader(rows, header);
    }

    private void endRow() {
      if (row != null) {
        rows.add(row.stream().map(cell -> cellText(cell.toString())).toList());
        row = null;
      }
    }
  }

  private static String cellText(String cell) {
    return Texts.oneLine(MarkdownInline.plain(cell.strip()));
  }
}
