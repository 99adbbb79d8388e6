package org.cadre.services.imports;

import java.io.InputStream;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cadre.services.imports.kinds.ImportDefinition;
import org.cadre.services.imports.kinds.ReferenceData;
import org.cadre.services.imports.sheet.SheetLimits;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * One file read as a stream and checked row by row against the reference data: the plan of what it
 * would change, and the reader's warnings (ignored columns, a guessed encoding).
 */
public record FileCheck<T>(ImportPlan<T> plan, List<String> warnings) {

  /** Rows read between two progress reports. */
  static final int REPORT_EVERY = 2000;

  /**
   * @param progress told the number of rows read so far, every {@value #REPORT_EVERY} rows
   */
  public static <T> FileCheck<T> of(
      ImportDefinition<T> definition,
      ReferenceData data,
      InputStream file,
      String fileName,
      SheetLimits limits,
      IntConsumer progress) {
    ImportPlan<T> plan = new ImportPlan<>();
    try (SheetReader sheet = SheetReader.open(file, fileName, definition.columns(), limits);
        Stream<SheetRow> rows = sheet.rows()) {
      ImportDefinition.Check<T> check = definition.check(data, sheet.header());
      check.checkHeader(plan);
      rows.forEach(
          row -> {
            plan.countRow();
            check.row(row, plan);
            if (plan.rows() % REPORT_EVERY == 0) {
              progress.accept(plan.rows());
            }
          });
      check.finish(plan);
      return new FileCheck<>(plan, sheet.warnings());
    }
  }
}
