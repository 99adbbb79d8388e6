package org.cadre.reports.excel;

/**
 * A column of an exported sheet: its header and its width in characters.
 *
 * @param kind how the column's values are shown
 */
public record Column(String header, int width, Kind kind) {

  /** How a column's cells are formatted. */
  public enum Kind {
    TEXT,
    /** Text that may run over several lines, shown wrapped within the column's width. */
    WRAPPED_TEXT,
    INTEGER,
    DECIMAL,
    /** A quantity shown as it is, 3 or 2.5 or 0.125, as FTE are kept. */
    QUANTITY,
    /** A share from 0 to 1, shown as a whole percentage. */
    PERCENT,
    DATE
  }

  public static Column text(String header, int width) {
    return new Column(header, width, Kind.TEXT);
  }

  public static Column wrappedText(String header, int width) {
    return new Column(header, width, Kind.WRAPPED_TEXT);
  }

  public static Column integer(String header, int width) {
    return new Column(header, width, Kind.INTEGER);
  }

  public static Column decimal(String header, int width) {
    return new Column(header, width, Kind.DECIMAL);
  }

  public static Column quantity(String header, int width) {
    return new Column(header, width, Kind.QUANTITY);
  }

  public static Column percent(String header, int width) {
    return new Column(header, width, Kind.PERCENT);
  }

  public static Column date(String header, int width) {
    return new Column(header, width, Kind.DATE);
  }
}
