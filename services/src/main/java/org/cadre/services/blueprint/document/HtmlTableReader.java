package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reads an HTML table into a {@link Block.Table}: its header labels and its rows of cells. */
final class HtmlTableReader {

  private HtmlTableReader() {}

  static Block.Table read(Element table) {
    List<List<String>> rows = new ArrayList<>();
    boolean firstRowIsHeader = false;
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      boolean headerCells = false;
      for (Element cell : row.children()) {
        String tag = cell.normalName();
        if (tag.equals("td") || tag.equals("th")) {
          cells.add(Texts.oneLine(HtmlBlockReader.text(cell, true)));
          headerCells |= tag.equals("th") || cell.closest("thead") != null;
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
}
