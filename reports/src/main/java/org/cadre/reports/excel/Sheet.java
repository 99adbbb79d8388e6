package org.cadre.reports.excel;

import java.util.List;

/** A sheet to write: its name, its columns, and its rows of values in column order. */
public record Sheet(String name, List<Column> columns, List<List<Object>> rows) {

  public Sheet {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
