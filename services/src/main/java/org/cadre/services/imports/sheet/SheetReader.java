package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.TooLargeException;

/**
 * Reads an uploaded spreadsheet, xlsx or CSV, as a stream of rows matched to an import's columns.
 *
 * <p>What the file is comes from its content, never its name. The upload is copied to a temporary
 * file (refused as soon as it passes {@link SheetLimits#maxBytes()}), checked, and then read row by
 * row: neither a workbook nor a CSV file is ever held in memory. The header is the first non-blank
 * row; blank rows after it are skipped, and row numbers are those the spreadsheet shows.
 *
 * <p>A problem with the whole file, found when opening it or part-way through the rows, is thrown
 * as a {@link RejectedDocumentException} or, for a limit, a {@link TooLargeException}, with a
 * message naming the file and the reason, e.g. {@code "staff.xlsx: the workbook is protected with a
 * password (encrypted), so it cannot be read; …"}. Problems with single values are recorded on the
 * {@link SheetRow}.
 *
 * <pre>{@code
 * try (SheetReader sheet = SheetReader.open(in, "staff.csv", COLUMNS, SheetLimits.DEFAULTS);
 *     Stream<SheetRow> rows = sheet.rows()) {
 *   rows.forEach(row -> {
 *     LocalDate hired = row.date(HIRE_DATE);
 *     problems.addAll(row.problems());
 *   });
 * }
 * }</pre>
 */
public final class SheetReader implements AutoCloseable {

  static final String WHAT_TO_UPLOAD = "upload an Excel workbook (.xlsx) or a CSV file";

  private static final int SAMPLE_CHARS = 64 * 1024;

  private final String fileName;
  private final SpooledUpload upload;
  private final RowSource source;
  private final HeaderMatch header;
  private final SheetLimits limits;
  private final Format format;
  private final List<String> warnings;
  private long dataRows;
  private boolean streamed;
  private boolean closed;

  /** How the file was read. {@code delimiter} is 0 for a workbook. */
  private record Format(char delimiter, boolean legacyEncoding) {
    static final Format WORKBOOK = new Format((char) 0, false);

    /** Semicolon-separated files come from locales that write 0,5 for a half. */
    boolean decimalComma() {
      return delimiter == ';';
    }
  }

  private SheetReader(
      String fileName,
      SpooledUpload upload,
      RowSource source,
      HeaderMatch header,
      SheetLimits limits,
      Format format) {
    this.fileName = fileName;
    this.upload = upload;
    this.source = source;
    this.header = header;
    this.limits = limits;
    this.format = format;
    List<String> notes = new ArrayList<>();
    if (format.legacyEncoding()) {
      notes.add(
          "The file is not UTF-8 text; it was read as Windows-1252. If accented letters look"
              + " wrong, save it as \"CSV UTF-8\" and upload it again.");
    }
    notes.addAll(header.warnings());
    this.warnings = List.copyOf(notes);
  }

  /**
   * Opens an upload and reads its header row.
   *
   * @param fileName the name the file was uploaded under, used in messages only
   * @param columns the columns the import reads
   * @throws RejectedDocumentException when the file is empty, not a spreadsheet, encrypted,
   *     damaged, not split into columns by commas or semicolons, or lacks a required column
   * @throws TooLargeException when the file is over a {@link SheetLimits limit}
   */
  public static SheetReader open(
      InputStream upload, String fileName, List<ColumnSpec> columns, SheetLimits limits) {
    String name = displayName(fileName);
    SpooledUpload spooled = null;
    RowSource source = null;
    try {
      spooled = SpooledUpload.copy(upload, limits.maxBytes());
      Format format;
      switch (FileKind.of(spooled.head())) {
        case ZIP -> {
          new XlsxPackageCheck(limits).check(spooled.file());
          source = XlsxRowSource.open(spooled.file());
          format = Format.WORKBOOK;
        }
        case OLE2 -> throw LegacyOfficeFile.refusal(spooled.file());
        default -> {
          TextEncoding encoding = TextEncoding.of(spooled.file());
          String sample = sample(spooled.file(), encoding);
          if (sample.indexOf('\0') >= 0) {
            throw SheetProblem.rejected(
                "binary data (it contains NUL bytes), not a spreadsheet; " + WHAT_TO_UPLOAD);
          }
          char delimiter = DelimiterDetector.detect(sample, columns);
          source = new CsvRowSource(spooled.file(), encoding, delimiter);
          format = new Format(delimiter, encoding.legacy());
        }
      }
      HeaderMatch header = readHeader(source, columns);
      return new SheetReader(name, spooled, source, header, limits, format);
    } catch (SheetProblem problem) {
      release(source, spooled);
      throw problem.forFile(name);
    } catch (IOException e) {
      release(source, spooled);
      throw new UncheckedIOException("could not read the stored upload " + name, e);
    } catch (RuntimeException e) {
      release(source, spooled);
      throw e;
    }
  }

  /** The file's name as messages give it: without the folders a browser may send along. */
  public String fileName() {
    return fileName;
  }

  public HeaderMatch header() {
    return header;
  }

  /** Notes for the user that do not stop the import: ignored columns, a guessed encoding. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The data rows, read as the stream is consumed; blank rows are skipped. The rows can be streamed
   * once; closing the stream closes the reader.
   *
   * @throws RejectedDocumentException from the stream when the file turns out to be damaged
   * @throws TooLargeException from the stream past {@link SheetLimits#maxRows()} rows
   */
  public Stream<SheetRow> rows() {
    if (streamed) {
      throw new IllegalStateException("the rows of " + fileName + " have been read already");
    }
    streamed = true;
    Iterator<SheetRow> rows =
        new Iterator<>() {
          private SheetRow next;

          @Override
          public boolean hasNext() {
            if (next == null) {
              next = nextRow();
            }
            return next != null;
          }

          @Override
          public SheetRow next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            SheetRow row = next;
            next = null;
            return row;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  private SheetRow nextRow() {
    if (closed) {
      throw new IllegalStateException(fileName + " is closed");
    }
    try {
      RawRow raw = source.next();
      while (raw != null && raw.isBlank()) {
        raw = source.next();
      }
      if (raw == null) {
        return null;
      }
      if (++dataRows > limits.maxRows()) {
        throw SheetProblem.overLimit(
            String.format(
                Locale.ROOT,
                "the file has more than %,d rows, the most one import reads; split it into smaller"
                    + " files",
                limits.maxRows()));
      }
      SheetRow row = new SheetRow(raw.number(), raw.cells(), header, format.decimalComma());
      if (format.delimiter() != 0 && raw.cells().size() > header.cells().size()) {
        row.rejectRow(
            raw.cells().size()
                + " values, but the header row has "
                + header.cells().size()
                + " columns; put values that contain a "
                + (format.delimiter() == ',' ? "comma" : "semicolon")
                + " in double quotes");
      }
      return row;
    } catch (SheetProblem problem) {
      throw problem.forFile(fileName);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      release(source, upload);
    }
  }

  private static HeaderMatch readHeader(RowSource source, List<ColumnSpec> columns) {
    RawRow row = source.next();
    while (row != null && row.isBlank()) {
      row = source.next();
    }
    if (row == null) {
      throw SheetProblem.rejected(
          source instanceof XlsxRowSource workbook
              ? "the sheet \"" + workbook.sheetName() + "\" is empty"
              : "the file holds only blank lines");
    }
    List<String> names = new ArrayList<>(row.cells().size());
    row.cells().forEach(cell -> names.add(cell == null ? "" : cell.display()));
    HeaderMatch header = HeaderMatch.of(row.number(), names, columns);
    String problem = header.fatalProblem();
    if (problem != null) {
      throw SheetProblem.rejected(problem);
    }
    return header;
  }

  /** The start of a text file, up to its last line break within {@value #SAMPLE_CHARS} chars. */
  private static String sample(Path file, TextEncoding encoding) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(encoding.bomLength());
      Reader reader = new InputStreamReader(in, encoding.charset());
      char[] chars = new char[SAMPLE_CHARS];
      int length = 0;
      for (int read = 0; read >= 0 && length < chars.length; length += Math.max(read, 0)) {
        read = reader.read(chars, length, chars.length - length);
      }
      String text = new String(chars, 0, length);
      if (length < chars.length) {
        return text;
      }
      int lineEnd = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      return lineEnd > 0 ? text.substring(0, lineEnd + 1) : text;
    }
  }

  private static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "upload";
    }
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return name.isBlank() ? "upload" : name.strip();
  }

  private static void release(RowSource source, SpooledUpload upload) {
    try {
      if (source != null) {
        source.close();
      }
    } finally {
      if (upload != null) {
        upload.close();
      }
    }
  }
}
