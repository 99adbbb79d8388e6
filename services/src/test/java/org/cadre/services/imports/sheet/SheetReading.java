package org.cadre.services.imports.sheet;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

/** Reads test files whole, for assertions. */
final class SheetReading {

  private SheetReading() {}

  static SheetReader open(byte[] content, String name, List<ColumnSpec> columns) {
    return SheetReader.open(new ByteArrayInputStream(content), name, columns, SheetLimits.DEFAULTS);
  }

  /** Every data row. */
  static List<SheetRow> rows(byte[] content, String name, List<ColumnSpec> columns) {
    try (SheetReader reader = open(content, name, columns);
        Stream<SheetRow> rows = reader.rows()) {
      return rows.toList();
    }
  }
}
