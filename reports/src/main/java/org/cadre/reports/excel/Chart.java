package org.cadre.reports.excel;

import java.util.List;

/**
 * A native chart of rows of a sheet: one category column and one or more value columns over the
 * same rows, drawn as bars or lines. The values are given as well as their cells, so that the chart
 * shows them before a spreadsheet recalculates (streamed sheets keep no rows to read back).
 *
 * @param firstRow the first data row, 0-based (the header is row 0)
 * @param categories the category column's values, one per row from {@code firstRow}
 * @param at where the chart's top left corner sits: column and row, 0-based
 * @param size its width in columns and height in rows
 */
public record Chart(
    Kind kind,
    String title,
    int categoryColumn,
    int firstRow,
    List<String> categories,
    List<Series> series,
    int[] at,
    int[] size) {

  /** How the values are drawn. */
  public enum Kind {
    BARS,
    LINES
  }

  /**
   * A value column of the chart.
   *
   * @param values one per category; null draws nothing
   */
  public record Series(String title, int column, List<? extends Number> values) {}
}
