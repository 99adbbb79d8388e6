package org.cadre.reports.blueprint;

import java.util.Arrays;
import java.util.List;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Sheet;
import org.cadre.reports.excel.WorkbookWriter;

/** The blueprint library as a workbook: one row per blueprint, with filters on every column. */
public final class BlueprintLibraryWorkbook {

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("Title", 40),
          Column.text("Family", 18),
          Column.text("Level", 14),
          Column.text("Track", 22),
          Column.text("Status", 12),
          Column.integer("Revision", 10),
          Column.integer("Technical skills", 12),
          Column.integer("Critical skills", 12),
          Column.text("Summary", 80));

  private BlueprintLibraryWorkbook() {}

  /** One blueprint as a row of the library workbook. */
  public record Row(
      String title,
      String family,
      String level,
      String track,
      String status,
      int revision,
      int technicalSkills,
      int criticalSkills,
      String summary) {}

  public static byte[] render(List<Row> rows) {
    return WorkbookWriter.render(
        List.of(
            new Sheet(
                "Blueprints",
                COLUMNS,
                rows.stream()
                    .map(
                        r ->
                            Arrays.<Object>asList(
                                r.title(),
                                r.family(),
                                r.level(),
                                r.track(),
                                r.status(),
                                r.revision(),
                                r.technicalSkills(),
                                r.criticalSkills(),
                                r.summary()))
                    .toList())));
  }
}
