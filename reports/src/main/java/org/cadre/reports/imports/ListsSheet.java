package org.cadre.reports.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The hidden sheet of a template's drop-down lists: one column per list, headed by its name, each
 * list's cells given a workbook-wide name that data validation refers to.
 */
final class ListsSheet {

  private static final int WIDTH = 30;

  private ListsSheet() {}

  /**
   * Writes the lists and hides the sheet.
   *
   * @return the name of each list's range by the list's name; an empty list has none, as a range
   *     cannot be empty
   */
  static Map<String, String> write(
      WorkbookWriter workbook, String sheetName, Map<String, List<String>> lists) {
    List<String> names = List.copyOf(lists.keySet());
    SheetWriter sheet =
        workbook.sheet(sheetName, names.stream().map(name -> Column.text(name, WIDTH)).toList());
    int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
    for (int r = 0; r < longest; r++) {
      List<Object> row = new ArrayList<>(names.size());
      for (String name : names) {
        List<String> values = lists.get(name);
        row.add(r < values.size() ? values.get(r) : null);
      }
      sheet.row(row.toArray());
    }
    Map<String, String> ranges = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      int count = lists.get(names.get(i)).size();
      if (count > 0) {
        String range = rangeName(names.get(i), taken);
        sheet.nameColumn(range, i, count);
        ranges.put(names.get(i), range);
      }
    }
    sheet.hide();
    return ranges;
  }

  /**
   * A name Excel accepts for a range, readable in its Name Manager: "Org units" becomes {@code
   * List_Org_units}. The prefix keeps it from looking like a cell reference.
   */
  static String rangeName(String listName, Set<String> taken) {
    String ascii =
        Normalizer.normalize(listName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    String base = "List_" + (ascii.length() > 200 ? ascii.substring(0, 200) : ascii);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "_" + n;
    }
    return name;
  }
}
