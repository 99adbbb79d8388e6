package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as spreadsheets write it (RFC 4180): fields separated by one
 * delimiter, quoted with double quotes when they hold the delimiter, a quote or a line break, a
 * doubled quote standing for one. Records end at CRLF, LF or CR. Like Excel, it is lenient: a quote
 * inside an unquoted field is kept as written.
 *
 * <p>Memory is bounded by the cell limits of a spreadsheet: a value longer than 32,767 characters
 * or a row of more than 16,384 values is refused (usually a quote that was never closed).
 */
final class CsvTokenizer {

  static final int MAX_VALUE_LENGTH = 32_767;
  static final int MAX_VALUES = 16_384;

  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private int recordNumber;

  CsvTokenizer(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The number of the record {@link #next} returned last: the row number a spreadsheet shows. */
  int recordNumber() {
    return recordNumber;
  }

  /**
   * The next record's values, or {@code null} at the end of the text; a blank line is a record of
   * one empty value.
   *
   * @throws SheetProblem for a quote that is never closed, or a value or row over the limits
   */
  List<String> next() throws IOException {
    if (peek() < 0) {
      return null;
    }
    recordNumber++;
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean atStart = true;
    while (true) {
      int c = read();
      if (quoted) {
        if (c < 0) {
          throw SheetProblem.rejected(
              "row "
                  + recordNumber
                  + " opens a double quote that is never closed; close it, or remove it");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            value.append('"');
          } else {
            quoted = false;
          }
        } else {
          value.append((char) c);
        }
      } else if (c == '"' && atStart) {
        quoted = true;
      } else if (c == delimiter) {
        add(values, value);
        atStart = true;
        continue;
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        add(values, value);
        return values;
      } else {
        value.append((char) c);
      }
      atStart = false;
      if (value.length() > MAX_VALUE_LENGTH) {
        throw SheetProblem.rejected(
            "row "
                + recordNumber
                + " has a value longer than 32,767 characters, the most a spreadsheet cell holds;"
                + " is a double quote not closed?");
      }
    }
  }

  private void add(List<String> values, StringBuilder value) {
    if (values.size() == MAX_VALUES) {
      throw SheetProblem.rejected(
          "row " + recordNumber + " has more than 16,384 values, the most a spreadsheet row holds");
    }
    values.add(value.toString());
    value.setLength(0);
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      position++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (position == limit) {
      limit = in.read(buffer);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position];
  }
}
