package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Streams the rows of a CSV upload whose encoding and delimiter are known. */
final class CsvRowSource implements RowSource {

  private final Reader reader;
  private final CsvTokenizer tokenizer;

  CsvRowSource(Path file, TextEncoding encoding, char delimiter) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(encoding.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    this.reader = new InputStreamReader(in, encoding.charset());
    this.tokenizer = new CsvTokenizer(reader, delimiter);
  }

  @Override
  public RawRow next() {
    List<String> values;
    try {
      values = tokenizer.next();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the stored upload", e);
    }
    if (values == null) {
      return null;
    }
    int filled = values.size();
    while (filled > 0 && values.get(filled - 1).isEmpty()) {
      filled--;
    }
    List<CellValue> cells = new ArrayList<>(filled);
    for (int i = 0; i < filled; i++) {
      String value = values.get(i);
      cells.add(value.isEmpty() ? null : new CellValue.Text(value));
    }
    return new RawRow(tokenizer.recordNumber(), cells);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the stored upload", e);
    }
  }
}
