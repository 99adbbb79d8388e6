package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Plans in Excel through the REST API on the demo data: the demo manager exports ENG-PLAT for two
 * quarters, changes three planned cells and one locked cell with POI, and imports the file: the dry
 * run lists exactly the three changes and refuses the locked cell, the commit applies them, the
 * plans show them. Plus who may not export or import, and files that are refused whole.
 */
class PlanWorkbookIT extends ApiTest {

  /**
   * The next two quarters the demo plans: some of their plans are approved, some drafts, some await
   * a decision (the test edits only plans that do not).
   */
  private static final String FIRST = Periods.plus(1);

  private static final String SECOND = Periods.plus(2);
  private static final List<String> QUARTERS = List.of(FIRST, SECOND);
  private static final String EXPORT =
      "api/plans/export.xlsx?orgUnit=ENG-PLAT&from=" + FIRST + "&to=" + SECOND;

  /** A planned cell the test changes: where it is, what it plans, and its values. */
  private record Edit(
      int row,
      int column,
      String unit,
      long blueprintId,
      String level,
      String period,
      BigDecimal from,
      BigDecimal to) {}

  @Test
  void changedPlannedCellsGoBackIntoThePlansAndLockedCellsAreRefused() throws IOException {
    HttpResponse<byte[]> export = http.get(EXPORT, "manager", "demo");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(export)).startsWith(XLSX);
    // kept to be looked at, as the browser tests keep their screenshots
    Files.write(Path.of("target", "plans-eng-plat.xlsx"), export.body());

    List<Edit> edits = new ArrayList<>();
    String lockedCell;
    byte[] changed;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      XSSFSheet sheet = workbook.getSheet("Plan");
      Map<String, Integer> columns = headers(sheet.getRow(0));
      Map<String, String> statuses = new HashMap<>();
      Set<String> unitsEdited = new HashSet<>();
      for (int r = 1; r <= sheet.getLastRowNum() && edits.size() < 3; r++) {
        Row row = sheet.getRow(r);
        String unit = row.getCell(columns.get("Unit")).getStringCellValue();
        if ("Total".equals(unit) || unitsEdited.contains(unit)) {
          continue;
        }
        String[] key = row.getCell(columns.get("Key")).getStringCellValue().split("/");
        for (String quarter : QUARTERS) {
          String status =
              statuses.computeIfAbsent(
                  unit + " " + quarter, k -> plan(unit, quarter).getString("status"));
          if (!"SUBMITTED".equals(status)) {
            Cell planned = row.getCell(columns.get(quarter + " Planned FTE"));
            BigDecimal from = BigDecimal.valueOf(planned.getNumericCellValue());
            BigDecimal to = from.add(new BigDecimal("1.5"));
            planned.setCellValue(to.doubleValue());
            edits.add(
                new Edit(
                    r,
                    planned.getColumnIndex(),
                    unit,
                    Long.parseLong(key[1]),
                    key[2],
                    quarter,
                    from,
                    to));
            unitsEdited.add(unit);
            break;
          }
        }
      }
      assertThat(edits).as("three plans of ENG-PLAT that are not awaiting a decision").hasSize(3);
      Cell actual = sheet.getRow(1).getCell(columns.get(FIRST + " Actual FTE"));
      actual.setCellValue(actual.getNumericCellValue() + 5);
      lockedCell = actual.getAddress().formatAsString();
      changed = bytes(workbook);
    }

    JsonObject dryRun = object(200, importFile("dry-run", changed, "manager"));
    assertThat(dryRun.getBoolean("applied")).isFalse();
    assertThat(dryRun.getJsonArray("warnings")).isEmpty();
    List<JsonObject> changes = dryRun.getJsonArray("changes").getValuesAs(JsonObject.class);
    assertThat(changes).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Edit edit = edits.get(i);
      JsonObject change = changes.get(i);
      assertThat(change.getString("orgUnit")).isEqualTo(edit.unit());
      assertThat(change.getJsonNumber("blueprintId").longValue()).isEqualTo(edit.blueprintId());
      assertThat(change.getString("period")).isEqualTo(edit.period());
      assertThat(change.getJsonNumber("oldFte").bigDecimalValue())
          .isEqualByComparingTo(edit.from());
      assertThat(change.getJsonNumber("newFte").bigDecimalValue()).isEqualByComparingTo(edit.to());
    }
    List<JsonObject> refused = dryRun.getJsonArray("refused").getValuesAs(JsonObject.class);
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).getString("cell")).isEqualTo(lockedCell);
    assertThat(refused.get(0).getString("message"))
        .startsWith(lockedCell + ": actual FTE is computed");

    JsonObject commit = object(200, importFile("commit", changed, "manager"));
    assertThat(commit.getBoolean("applied")).isTrue();
    assertThat(commit.getJsonArray("changes")).hasSize(3);
    for (Edit edit : edits) {
      JsonObject plan = plan(edit.unit(), edit.period());
      assertThat(plan.getString("status")).isEqualTo("DRAFT");
      JsonObject line =
          plan.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
              .filter(
                  l ->
                      l.getJsonNumber("blueprintId").longValue() == edit.blueprintId()
                          && edit.level().equals(l.isNull("level") ? "-" : l.getString("level")))
              .findFirst()
              .orElseThrow();
      assertThat(line.getJsonNumber("plannedFte").bigDecimalValue())
          .isEqualByComparingTo(edit.to());
      JsonValue history =
          Http.json(
              http.get("api/plans/" + plan.getJsonNumber("id") + "/history", "manager", "demo"));
      assertThat(history.toString())
          .contains("planned FTE " + plain(edit.from()) + " → " + plain(edit.to()));
    }

    JsonObject again = object(200, importFile("commit", changed, "manager"));
    assertThat(again.getJsonArray("changes")).as("the plans have these values now").isEmpty();

    Edit first = edits.get(0);
    byte[] outdated;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      workbook
          .getSheet("Plan")
          .getRow(first.row())
          .getCell(first.column())
          .setCellValue(first.from().add(BigDecimal.TEN).doubleValue());
      outdated = bytes(workbook);
    }
    JsonObject outdatedDryRun = object(200, importFile("dry-run", outdated, "manager"));
    assertThat(outdatedDryRun.getJsonArray("changes")).isEmpty();
    assertThat(outdatedDryRun.getJsonArray("refused").getJsonObject(0).getString("reason"))
        .contains("since the file was exported");
    HttpResponse<byte[]> outdatedCommit = importFile("commit", outdated, "manager");
    assertThat(outdatedCommit.statusCode()).as(Http.text(outdatedCommit)).isEqualTo(409);
    assertThat(Http.text(outdatedCommit))
        .contains("Nothing was applied")
        .contains("since the file was exported")
        .contains("planned FTE " + plain(first.from()) + " → " + plain(first.to()));
    assertThat(plan(first.unit(), first.period()).toString())
        .doesNotContain(first.from().add(BigDecimal.TEN).toPlainString());
  }

  @Test
  void submittedPlansAndBadNumbersAreRefusedCellByCell() throws IOException {
    byte[] file = http.get(EXPORT, "manager", "demo").body();
    String submittedCell = null;
    byte[] changed;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet("Plan");
      Map<String, Integer> columns = headers(sheet.getRow(0));
      for (int r = 1; r < sheet.getLastRowNum() - 1 && submittedCell == null; r++) {
        Row row = sheet.getRow(r);
        String unit = row.getCell(columns.get("Unit")).getStringCellValue();
        for (String quarter : QUARTERS) {
          if (!"Total".equals(unit)
              && "SUBMITTED".equals(plan(unit, quarter).getString("status"))) {
            Cell planned = row.getCell(columns.get(quarter + " Planned FTE"));
            planned.setCellValue(planned.getNumericCellValue() + 1);
            submittedCell = planned.getAddress().formatAsString();
            break;
          }
        }
      }
      assertThat(submittedCell).as("a plan of ENG-PLAT awaiting a decision").isNotNull();
      Row last = sheet.getRow(sheet.getLastRowNum() - 1);
      last.getCell(columns.get(FIRST + " Planned FTE")).setCellValue("lots");
      last.getCell(columns.get(SECOND + " Planned FTE")).setCellValue(-1);
      changed = bytes(workbook);
    }
    int lastRow;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      lastRow = workbook.getSheet("Plan").getLastRowNum();
    }
    String submitted = submittedCell;
    JsonObject dryRun = object(200, importFile("dry-run", changed, "manager"));
    assertThat(dryRun.getJsonArray("changes")).isEmpty();
    List<String> messages =
        dryRun.getJsonArray("refused").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("message"))
            .toList();
    assertThat(messages)
        .hasSize(3)
        .anySatisfy(
            m -> assertThat(m).startsWith(submitted + ": The plan of").contains("submitted"))
        .anySatisfy(m -> assertThat(m).startsWith("G" + lastRow + ": ").contains("\"lots\""))
        .anySatisfy(
            m -> assertThat(m).isEqualTo("N" + lastRow + ": planned FTE cannot be negative"));
  }

  @Test
  void aCommitNeedsADryRunOfTheSameFile() throws IOException {
    byte[] file = http.get(EXPORT, "hr", "demo").body();
    byte[] other;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      workbook.getSheet("Instructions").getRow(1).getCell(0).setCellValue("changed");
      other = bytes(workbook);
    }
    assertThat(importFile("dry-run", file, "hr").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> commit = importFile("commit", other, "hr");
    assertThat(commit.statusCode()).isEqualTo(409);
    assertThat(Http.text(commit)).contains("is not a file you dry-ran");
  }

  @Test
  void aManagerExportsAndImportsOnlyTheirOwnUnits() {
    HttpResponse<byte[]> export =
        http.get(
            "api/plans/export.xlsx?orgUnit=ENG-PROD&from=" + FIRST + "&to=" + SECOND,
            "manager",
            "demo");
    assertThat(export.statusCode()).isEqualTo(403);

    byte[] elsewhere =
        http.get(
                "api/plans/export.xlsx?orgUnit=ENG-PROD&from=" + FIRST + "&to=" + SECOND,
                "hr",
                "demo")
            .body();
    HttpResponse<byte[]> imported = importFile("dry-run", elsewhere, "manager");
    assertThat(imported.statusCode()).isEqualTo(403);
    assertThat(Http.text(imported)).contains("ENG-PROD");
  }

  @Test
  void leadershipExportsButDoesNotImport() {
    HttpResponse<byte[]> export = http.get(EXPORT, "leader", "demo");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(importFile("dry-run", export.body(), "leader").statusCode()).isEqualTo(403);
  }

  @Test
  void aWordDocumentIsRefusedWholeAndNothingIsWritten() throws IOException {
    String before =
        Http.text(http.get("api/plans?orgUnit=ENG-PLAT-SRE&period=" + SECOND, "manager", "demo"));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(docx)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
    }
    for (String mode : List.of("dry-run", "commit")) {
      HttpResponse<byte[]> answer =
          http.post(
              "api/plans/import?mode=" + mode + "&filename=plans.xlsx",
              "manager",
              "demo",
              XLSX,
              docx.toByteArray());
      assertThat(answer.statusCode()).isEqualTo(422);
      assertThat(Http.text(answer)).contains("plans.xlsx: a Word document (.docx)");
    }
    assertThat(
            Http.text(
                http.get("api/plans?orgUnit=ENG-PLAT-SRE&period=" + SECOND, "manager", "demo")))
        .isEqualTo(before);
  }

  private JsonObject plan(String unit, String quarter) {
    return get("api/plans?orgUnit=" + unit + "&period=" + quarter, "manager");
  }

  private HttpResponse<byte[]> importFile(String mode, byte[] file, String user) {
    return http.post(
        "api/plans/import?mode=" + mode + "&filename=plans.xlsx", user, "demo", XLSX, file);
  }

  private static Map<String, Integer> headers(Row header) {
    Map<String, Integer> columns = new HashMap<>();
    for (Cell cell : header) {
      columns.put(cell.getStringCellValue(), cell.getColumnIndex());
    }
    return columns;
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  private static String plain(BigDecimal fte) {
    return fte.stripTrailingZeros().toPlainString();
  }
}
