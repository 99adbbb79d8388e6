package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a CSV file separates its columns with commas or semicolons (Excel writes one or the
 * other depending on the locale), from the start of the file.
 *
 * <p>The rule: split the header row and up to {@value #SAMPLE_ROWS} rows after it both ways,
 * honouring quotes. A delimiter that splits the header into at least two columns is a candidate.
 * Rows with more values than the header has columns are the sign of a wrong split (fewer values are
 * fine: trailing empty cells are often left out), so the candidate with the fewest such rows wins;
 * then the one under which more rows have exactly as many values as the header, then the one whose
 * header names more of the import's columns, then the one giving more columns, then comma. The file
 * is refused when no candidate exists (tab- or pipe-separated, or everything in one column) and the
 * import's required columns are then not all in that one column, or when even the winner leaves
 * more than half the rows, and at least {@value #MIN_MIXED_ROWS} of them, with too many values: the
 * separators are mixed. A single such row is left for the reader to flag on that row.
 */
final class DelimiterDetector {

  static final int SAMPLE_ROWS = 100;

  /** Rows with too many values it takes to refuse the file rather than flag the rows. */
  static final int MIN_MIXED_ROWS = 2;

  private static final char[] CANDIDATES = {',', ';'};

  /** Separators other programs use, named in the refusal of a file that uses one. */
  private static final List<Map.Entry<Character, String>> FOREIGN =
      List.of(Map.entry('\t', "tabs"), Map.entry('|', "vertical bars (|)"));

  private DelimiterDetector() {}

  /**
   * @param sample the start of the file, ending at a line break
   * @param columns the import's columns
   * @throws SheetProblem when the file does not separate its columns by commas or semicolons
   */
  static char detect(String sample, List<ColumnSpec> columns) {
    Split best = null;
    for (char delimiter : CANDIDATES) {
      Split split = Split.of(sample, delimiter, columns);
      if (split.header().size() >= 2 && (best == null || split.beats(best))) {
        best = split;
      }
    }
    if (best == null) {
      return singleColumn(sample, columns);
    }
    int overflowing = best.overflowing();
    if (overflowing >= MIN_MIXED_ROWS && overflowing * 2 > best.rows().size()) {
      throw SheetProblem.rejected(inconsistency(best));
    }
    return best.delimiter();
  }

  /**
   * A file whose header has no comma or semicolon: fine when that one column holds every required
   * column of the import.
   */
  private static char singleColumn(String sample, List<ColumnSpec> columns) {
    Split split = Split.of(sample, ',', columns);
    if (split.header().isEmpty()) {
      throw SheetProblem.rejected("the file holds only blank lines");
    }
    String header = split.header().get(0);
    List<String> missing =
        HeaderMatch.of(split.headerRow(), split.header(), columns).missingColumns().stream()
            .map(column -> "\"" + column.header() + "\"")
            .toList();
    if (missing.isEmpty()) {
      return ',';
    }
    String notFound =
        missing.size() == 1
            ? "so the required column " + missing.get(0) + " cannot be found"
            : "so the required columns " + HeaderMatch.and(missing) + " cannot be found";
    for (Map.Entry<Character, String> foreign : FOREIGN) {
      if (Split.of(sample, foreign.getKey(), columns).header().size() >= 2) {
        throw SheetProblem.rejected(
            "the columns are separated by "
                + foreign.getValue()
                + ", "
                + notFound
                + "; save the file as CSV (comma- or semicolon-separated) or as an Excel workbook"
                + " (.xlsx) and upload that");
      }
    }
    throw SheetProblem.rejected(
        "the header row (row "
            + split.headerRow()
            + ") is a single column, \""
            + header
            + "\", "
            + notFound
            + ": the columns must be separated by commas or semicolons");
  }

  private static String inconsistency(Split split) {
    List<String> misfits = new ArrayList<>();
    for (int i = 0; i < split.rows().size() && misfits.size() < 3; i++) {
      int values = split.rows().get(i).size();
      if (values > split.header().size()) {
        misfits.add("row " + split.rowNumbers().get(i) + " has " + values);
      }
    }
    String name = split.delimiter() == ',' ? "commas" : "semicolons";
    return "the columns are not separated consistently: split at "
        + name
        + ", the header row (row "
        + split.headerRow()
        + ") has "
        + split.header().size()
        + " columns but "
        + String.join(", ", misfits)
        + " values"
        + "; use one separator, comma or semicolon, throughout, and put values that contain it"
        + " in double quotes";
  }

  /** The sample split at one delimiter. */
  private record Split(
      char delimiter,
      int headerRow,
      List<String> header,
      List<List<String>> rows,
      List<Integer> rowNumbers,
      int matchedColumns) {

    static Split of(String sample, char delimiter, List<ColumnSpec> columns) {
      CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(sample), delimiter);
      List<String> header = List.of();
      int headerRow = 0;
      List<List<String>> rows = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      try {
        for (List<String> record = tokenizer.next();
            record != null && rows.size() < SAMPLE_ROWS;
            record = tokenizer.next()) {
          if (record.stream().allMatch(SheetText::isBlank)) {
            continue;
          }
          if (headerRow == 0) {
            header = record;
            headerRow = tokenizer.recordNumber();
          } else {
            rows.add(record);
            numbers.add(tokenizer.recordNumber());
          }
        }
      } catch (SheetProblem cutShort) {
        // The sample ends inside a quoted value: judge by the rows before it.
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int matched = 0;
      for (ColumnSpec column : columns) {
        if (header.stream().anyMatch(name -> column.answersTo(HeaderNames.normalize(name)))) {
          matched++;
        }
      }
      return new Split(delimiter, headerRow, header, rows, numbers, matched);
    }

    int overflowing() {
      return (int) rows.stream().filter(row -> row.size() > header.size()).count();
    }

    int fitting() {
      return (int) rows.stream().filter(row -> row.size() == header.size()).count();
    }

    boolean beats(Split other) {
      if (overflowing() != other.overflowing()) {
        return overflowing() < other.overflowing();
      }
      if (fitting() != other.fitting()) {
        return fitting() > other.fitting();
      }
      if (matchedColumns != other.matchedColumns) {
        return matchedColumns > other.matchedColumns;
      }
      return header.size() > other.header.size();
    }
  }
}
