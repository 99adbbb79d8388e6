package org.cadre.reports.imports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * The xlsx template an import offers for download. It has three sheets:
 *
 * <ul>
 *   <li>the sheet to fill in, first so that it opens first: the import's columns as a frozen, bold,
 *       filterable header and one example row;
 *   <li>"Instructions": one row per column (header, whether it is required, its rule, an example,
 *       its drop-down list), then general notes;
 *   <li>"Lists", hidden: one column per drop-down list, each named (e.g. {@code List_Org_units}). A
 *       column that takes its values from a list gets a drop-down referring to that name: Excel
 *       limits a list written into the validation itself to 255 characters, a range holds thousands
 *       of values.
 * </ul>
 *
 * Every value is written as text, and text a spreadsheet would take for a formula is marked as
 * text, so no example or list value ever runs.
 *
 * @param sheetName the name of the sheet to fill in, e.g. "Employees"
 * @param columns the columns in order
 * @param lists the values of each drop-down list by the list's name, in the order to show them; a
 *     list without values gives its columns no drop-down
 * @param notes general notes for the Instructions sheet, e.g. what the import does with existing
 *     records; notes about the template itself are added after them
 */
public record ImportTemplate(
    String sheetName,
    List<TemplateColumn> columns,
    Map<String, List<String>> lists,
    List<String> notes) {

  static final String INSTRUCTIONS = "Instructions";
  static final String LISTS = "Lists";

  private static final int MIN_WIDTH = 12;
  private static final int MAX_WIDTH = 50;

  private static final List<Column> INSTRUCTION_COLUMNS =
      List.of(
          Column.text("Column", 30),
          Column.text("Required", 10),
          Column.wrappedText("Rule", 60),
          Column.text("Example", 25),
          Column.text("Drop-down list", 20));

  public ImportTemplate {
    WorkbookUtil.validateSheetName(sheetName);
    if (sheetName.equalsIgnoreCase(INSTRUCTIONS) || sheetName.equalsIgnoreCase(LISTS)) {
      throw new IllegalArgumentException("the template has its own sheet named " + sheetName);
    }
    Objects.requireNonNull(lists, "lists");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a template needs at least one column");
    }
    Set<String> headers = new HashSet<>();
    for (TemplateColumn column : columns) {
      if (!headers.add(column.header().strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the header " + column.header() + " appears twice");
      }
      if (column.list() != null && !lists.containsKey(column.list())) {
        throw new IllegalArgumentException(
            "the column "
                + column.header()
                + " refers to a list that is not given: "
                + column.list());
      }
    }
    Map<String, List<String>> copied = new LinkedHashMap<>();
    lists.forEach((name, values) -> copied.put(name, List.copyOf(values)));
    lists = Collections.unmodifiableMap(copied);
    notes = List.copyOf(notes);
  }

  /** Writes the template as an xlsx workbook; the stream is left open. */
  public void write(OutputStream out) {
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      SheetWriter sheet =
          workbook.sheet(
              sheetName,
              columns.stream()
                  .map(c -> Column.text(c.header(), width(c.header(), c.example())))
                  .toList());
      sheet.row(columns.stream().map(TemplateColumn::example).toArray());
      writeInstructions(workbook.sheet(INSTRUCTIONS, INSTRUCTION_COLUMNS));
      if (!lists.isEmpty()) {
        Map<String, String> ranges = ListsSheet.write(workbook, LISTS, lists);
        for (int i = 0; i < columns.size(); i++) {
          String list = columns.get(i).list();
          if (list != null && ranges.containsKey(list)) {
            sheet.dropDown(
                i,
                ranges.get(list),
                "This value is not one of the " + list + " offered. Check it, or choose one.");
          }
        }
      }
      workbook.write(out);
    }
  }

  private void writeInstructions(SheetWriter instructions) {
    for (TemplateColumn column : columns) {
      instructions.row(
          column.header(),
          column.required() ? "yes" : "no",
          column.rule(),
          column.example(),
          column.list());
    }
    instructions.row(null, null, null, null, null);
    instructions.row("Notes", null, null, null, null);
    for (String note : allNotes()) {
      instructions.row(note, null, null, null, null);
    }
  }

  private List<String> allNotes() {
    List<String> all = new ArrayList<>(notes);
    all.add(
        "Fill in one row per record on the sheet \""
            + sheetName
            + "\". Its row 2 is an example: overwrite it or delete it before uploading.");
    all.add("Columns marked as required must be there and have a value on every row.");
    if (columns.stream().anyMatch(column -> column.list() != null)) {
      all.add(
          "Columns with a drop-down list offer the values known when this template was made;"
              + " the lists are on the hidden sheet \""
              + LISTS
              + "\".");
    }
    return all;
  }

  private static int width(String header, String example) {
    int longest = Math.max(header.length(), example == null ? 0 : example.length()) + 2;
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest));
  }
}
