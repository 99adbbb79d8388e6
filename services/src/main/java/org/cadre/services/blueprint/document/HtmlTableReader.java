package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML table into a {@link Block.Table}: its header labels and its rows of cells. Only the
 * table's own rows are read (directly or in its {@code thead}/{@code tbody}/{@code tfoot}); tables
 * nested in cells are left out, so nesting cannot multiply the work.
 */
final class HtmlTableReader {

  private HtmlTableReader() {}

  static Block.Table read(Element table) {
    List<List<String>> rows = new ArrayList<>();
    boolean firstRowIsHeader = false;
    for (Element row : ownRows(table)) {
      List<String> cells = new ArrayList<>();
      boolean headerCells = false;
      for (Element cell : row.children()) {
        String tag = cell.normalName();
        if (tag.equals("td") || tag.equals("th")) {
          cells.add(Texts.oneLine(HtmlBlockReader.text(cell, true)));
          headerCells |= tag.equals("th") || "thead".equals(row.parent().normalName());
        }
      }
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        if (rows.isEmpty()) {
          firstRowIsHeader = headerCells;
        }
        rows.add(cells);
      }
    }
    return TableColumns.withHeader(rows, firstRowIsHeader);
  }

  private static List<Element> ownRows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }
}
