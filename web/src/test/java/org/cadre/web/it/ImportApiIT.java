package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * HR spreadsheet imports through the REST API: every kind's round trip from its template to the
 * export and back unchanged, the answers for refused commits, the error workbook, and who may do
 * what.
 */
class ImportApiIT extends ApiTest {

  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

  @Test
  void everyKindGoesFromItsTemplateToTheDatabaseAndItsExportImportsUnchanged() throws IOException {
    byte[] units =
        filled(
            "org-units",
            List.of(
                List.of("RT-SUB", "Round-trip team", "Team", "RT-DEPT", "", ""),
                List.of("RT-DIV", "Round-trip division", "Division", "", "", "CC-RT"),
                List.of("RT-DEPT", "Round-trip department", "Department", "RT-DIV", "", "")));
    JsonObject unitsDryRun = dryRun("org-units", "units.xlsx", units);
    assertThat(unitsDryRun.getInt("toCreate")).isEqualTo(3);
    assertThat(commit("org-units", "units.xlsx", units).getString("status")).isEqualTo("APPLIED");
    assertUnchanged("org-units", "org-units.xlsx");

    byte[] people =
        filled(
            "employees",
            List.of(
                List.of(
                    "RT-1",
                    "Rosalind",
                    "Franklin",
                    "rosalind@example.org",
                    "RT-SUB",
                    "",
                    "Senior",
                    "0.8",
                    "2023-04-03",
                    "",
                    "London",
                    "91000"),
                List.of(
                    "RT-2",
                    "Barbara",
                    "Liskov",
                    "",
                    "RT-SUB",
                    "",
                    "Principal",
                    "",
                    "2021-09-13",
                    "",
                    "Boston",
                    ""),
                List.of("RT-3", FORMULA, "Injected", "", "RT-SUB")));
    JsonObject peopleDryRun = dryRun("employees", "people.xlsx", people);
    assertThat(peopleDryRun.getInt("toCreate")).as(peopleDryRun.toString()).isEqualTo(3);
    assertThat(commit("employees", "people.xlsx", people).getString("status")).isEqualTo("APPLIED");
    JsonObject rosalind = object(200, http.get("api/employees/RT-1", "hr", "demo"));
    assertThat(rosalind.getString("unitCode")).isEqualTo("RT-SUB");
    assertThat(rosalind.getJsonNumber("fte").bigDecimalValue()).isEqualByComparingTo("0.8");
    assertThat(object(200, http.get("api/employees/RT-3", "hr", "demo")).getString("givenName"))
        .isEqualTo(FORMULA);
    assertFormulaExportedAsText();
    assertUnchanged("employees", "employees.xlsx");

    String competency = firstListValue("assessments", "Competencies");
    byte[] longForm =
        filled(
            "assessments",
            List.of(
                List.of("RT-1", competency, "4", "2026-01-20", "Manager"),
                List.of("RT-2", competency, "2", "2026-01-20", "")));
    assertThat(dryRun("assessments", "long.xlsx", longForm).getInt("toCreate")).isEqualTo(2);
    assertThat(commit("assessments", "long.xlsx", longForm).getString("status"))
        .isEqualTo("APPLIED");
    assertThat(
            Http.json(http.get("api/employees/RT-1/assessments", "hr", "demo"))
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("competency").equals(competency))
                .map(a -> a.getInt("level"))
                .toList())
        .containsExactly(4);

    byte[] matrix = matrix(competency, List.of(List.of("RT-2", "2026-02-01", "Self", "3")));
    assertThat(dryRun("assessment-matrix", "matrix.xlsx", matrix).getInt("toCreate")).isEqualTo(1);
    assertThat(commit("assessment-matrix", "matrix.xlsx", matrix).getString("status"))
        .isEqualTo("APPLIED");
    assertUnchanged("assessment-matrix", "assessments.xlsx");
  }

  @Test
  void aCommitWithErrorsAnswers422AndTheErrorWorkbookShowsThem() throws IOException {
    byte[] file =
        ("Employee number,Given name,Family name,Org unit,FTE\n"
                + "ERR-1,Edsger,Dijkstra,ENG,1\n"
                + "ERR-2,Tony,Hoare,NO-SUCH-UNIT,2\n")
            .getBytes(StandardCharsets.UTF_8);
    JsonObject dryRun = dryRun("employees", "errors.csv", file);
    assertThat(dryRun.getString("status")).isEqualTo("CHECKED");
    assertThat(dryRun.getInt("errorCount")).isEqualTo(2);
    assertThat(dryRun.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("value"))
        .containsExactly("3 Org unit NO-SUCH-UNIT", "3 FTE 2");

    HttpResponse<byte[]> refused = post("employees", "commit", "errors.csv", file);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Http.json(refused).asJsonObject().getString("message"))
        .startsWith("2 errors in the file, so nothing was written");
    assertThat(http.get("api/employees/ERR-1", "hr", "demo").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> workbook =
        http.get("api/imports/" + dryRun.getInt("importId") + "/errors.xlsx", "hr", "demo");
    assertThat(workbook.statusCode()).isEqualTo(200);
    try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      XSSFSheet sheet = errors.getSheetAt(0);
      List<String> header = texts(sheet.getRow(0));
      assertThat(header).contains("Org unit", "Errors");
      Row bad = sheet.getRow(2);
      int unit = header.indexOf("Org unit");
      assertThat(bad.getCell(unit).getStringCellValue()).isEqualTo("NO-SUCH-UNIT");
      assertThat(bad.getCell(unit).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(bad.getCell(header.indexOf("Errors")).getStringCellValue())
          .contains("no org unit has the code NO-SUCH-UNIT");
    }
  }

  @Test
  void aCommitOfAFileThatWasNotDryRunIsRefused() {
    byte[] file =
        "Employee number,Given name,Family name,Org unit\nNEW-1,Niklaus,Wirth,ENG\n"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> refused = post("employees", "commit", "wirth.csv", file);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Http.json(refused).asJsonObject().getString("detail"))
        .contains("No dry run of this file was found");
  }

  @Test
  void onlyHrAndAdministratorsImportAndManagersSeeTheirOwnSubtree() throws IOException {
    byte[] file = "Code,Name,Kind\nX,X,Team\n".getBytes(StandardCharsets.UTF_8);
    assertThat(
            http.post("api/imports/org-units?mode=dry-run", "manager", "demo", "text/csv", file)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("api/imports/org-units?mode=dry-run", "leader", "demo", "text/csv", file)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("api/imports/org-units?mode=dry-run", null, null, "text/csv", file)
                .statusCode())
        .isEqualTo(401);
    assertThat(http.get("api/imports/templates/employees.xlsx", "manager", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.get("api/imports", "manager", "demo").statusCode()).isEqualTo(403);
    int someRun = dryRun("org-units", "x.csv", file).getInt("importId");
    assertThat(http.get("api/imports/" + someRun, "manager", "demo").statusCode()).isEqualTo(403);
    assertThat(http.get("api/imports/" + someRun + "/errors.xlsx", "leader", "demo").statusCode())
        .isEqualTo(403);

    List<String> managerUnits =
        Http.json(http.get("api/org-units", "manager", "demo")).asJsonArray().stream()
            .map(u -> u.asJsonObject().getString("code"))
            .toList();
    assertThat(managerUnits).isNotEmpty().allMatch(code -> code.startsWith("ENG-PLAT"));
    JsonObject managerPeople = object(200, http.get("api/employees?size=200", "manager", "demo"));
    assertThat(managerPeople.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allMatch(e -> e.getString("unitCode").startsWith("ENG-PLAT"))
        .allMatch(e -> !e.containsKey("annualCost"));

    String outsider =
        object(200, http.get("api/employees?orgUnit=OPS&size=1", "hr", "demo"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("number");
    assertThat(http.get("api/employees/" + outsider, "manager", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.get("api/employees?orgUnit=OPS", "manager", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.get("api/org-units/OPS", "manager", "demo").statusCode()).isEqualTo(403);
    assertThat(
            object(200, http.get("api/employees/" + outsider, "leader", "demo"))
                .containsKey("annualCost"))
        .isTrue();
  }

  private JsonObject dryRun(String kind, String name, byte[] file) {
    return object(200, post(kind, "dry-run", name, file));
  }

  private JsonObject commit(String kind, String name, byte[] file) {
    return object(200, post(kind, "commit", name, file));
  }

  private HttpResponse<byte[]> post(String kind, String mode, String name, byte[] file) {
    return http.post(
        "api/imports/" + kind + "?mode=" + mode + "&filename=" + name,
        "hr",
        "demo",
        "application/octet-stream",
        file);
  }

  /** Exports, and dry-runs the export as the given kind: every row is unchanged. */
  private void assertUnchanged(String kind, String export) {
    HttpResponse<byte[]> exported = http.get("api/" + export, "hr", "demo");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(exported)).startsWith(XLSX);
    JsonObject again = dryRun(kind, export, exported.body());
    assertThat(again.getInt("errorCount")).as(again.toString()).isZero();
    assertThat(again.getInt("toCreate") + again.getInt("toUpdate")).as(again.toString()).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(again.getInt("rows")).isPositive();
  }

  /** A manager's employees.xlsx lists the people of their subtree only, without annual costs. */
  private void assertManagersExportHoldsTheirSubtreeWithoutCosts() throws IOException {
    HttpResponse<byte[]> export = http.get("api/employees.xlsx", "manager", "demo");
    assertThat(export.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<String> header = texts(sheet.getRow(0));
      assertThat(header).contains("Org unit").doesNotContain("Annual cost");
      int unit = header.indexOf("Org unit");
      assertThat(sheet.getLastRowNum()).isPositive();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(unit).getStringCellValue()).startsWith("ENG-PLAT");
      }
    }
  }

  /** The formula-like name is a text cell marked as text: no spreadsheet evaluates it. */
  private void assertFormulaExportedAsText() throws IOException {
    try (XSSFWorkbook export =
        new XSSFWorkbook(
            new ByteArrayInputStream(http.get("api/employees.xlsx", "hr", "demo").body()))) {
      XSSFSheet sheet = export.getSheetAt(0);
      Row injected = null;
      for (Row row : sheet) {
        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("RT-3")) {
          injected = row;
        }
      }
      assertThat(injected).isNotNull();
      Cell name = injected.getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(FORMULA);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  private byte[] template(String kind) {
    HttpResponse<byte[]> template =
        http.get("api/imports/templates/" + kind + ".xlsx", "hr", "demo");
    assertThat(template.statusCode()).isEqualTo(200);
    return template.body();
  }

  /** The template of a kind with its example row replaced by the given rows. */
  private byte[] filled(String kind, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(kind)))) {
      assertThat(workbook.getSheet("Instructions")).isNotNull();
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      sheet.removeRow(sheet.getRow(1));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (!rows.get(r).get(c).isEmpty()) {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The matrix template keeping Employee number, Assessed on, Source and one competency column. */
  private byte[] matrix(String competency, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(template("assessment-matrix")))) {
      List<String> header = texts(workbook.getSheetAt(0).getRow(0));
      assertThat(header)
          .startsWith("Employee number", "Assessed on", "Source")
          .contains(competency);
    }
    StringBuilder csv =
        new StringBuilder("Employee number,Assessed on,Source,\"" + competency + "\"\n");
    rows.forEach(row -> csv.append(String.join(",", row)).append('\n'));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String firstListValue(String kind, String list) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(kind)))) {
      XSSFSheet lists = workbook.getSheet("Lists");
      int column = texts(lists.getRow(0)).indexOf(list);
      assertThat(column).as("list " + list).isNotNegative();
      return lists.getRow(1).getCell(column).getStringCellValue();
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
