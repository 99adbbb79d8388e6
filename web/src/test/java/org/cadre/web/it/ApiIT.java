package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API from outside, as a client sees it: authentication, authorisation, formats. */
class ApiIT extends ApiTest {

  @Test
  void answers401WithABasicChallengeWithoutCredentials() {
    HttpResponse<byte[]> response = http.get("api/blueprints");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"Cadre\""));
  }

  @Test
  void answers401ForAWrongPassword() {
    assertThat(http.get("api/blueprints", "hr", "not-the-password").statusCode()).isEqualTo(401);
    assertThat(http.get("api/blueprints", "nobody", "demo").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "hr", "manager", "leader"})
  void letsEveryDemoRoleReadTheLibrary(String user) {
    HttpResponse<byte[]> response =
        http.get("api/blueprints?family=Engineering&size=3", user, "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).startsWith("application/json");
    JsonObject page = Http.json(response).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(11);
    assertThat(page.getInt("totalPages")).isEqualTo(4);
    assertThat(page.getJsonArray("items")).hasSize(3);
  }

  @Test
  void answers403WhenTheRoleDoesNotAllowIt() {
    HttpResponse<byte[]> forbidden = http.get("api/users", "manager", "demo");
    HttpResponse<byte[]> allowed = http.get("api/users", "admin", "demo");

    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(Http.contentType(forbidden)).startsWith("application/problem+json");
    assertThat(Http.json(forbidden).asJsonObject().getString("detail"))
        .isEqualTo("Your roles do not allow you to see user accounts; it needs ADMIN.");
    assertThat(allowed.statusCode()).isEqualTo(200);
    JsonArray users = Http.json(allowed).asJsonArray();
    assertThat(users.toString()).contains("\"username\":\"hr\"").doesNotContain("password");
  }

  @Test
  void searchesFiltersAndSorts() {
    JsonObject page =
        Http.json(http.get("api/blueprints?q=data&family=Data&sort=-level", "leader", "demo"))
            .asJsonObject();

    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("title"))
        .containsExactly(
            "Head of Data", "Principal Data Scientist", "Senior Data Engineer", "Data Analyst");
  }

  @Test
  void returnsOneBlueprintWithItsSkills() {
    long id = blueprintId("Lead Platform Engineer");

    JsonObject blueprint =
        Http.json(http.get("api/blueprints/" + id, "manager", "demo")).asJsonObject();

    assertThat(blueprint.getString("title")).isEqualTo("Lead Platform Engineer");
    assertThat(blueprint.getString("level")).isEqualTo("LEAD");
    assertThat(blueprint.getString("status")).isEqualTo("PUBLISHED");
    JsonObject first = blueprint.getJsonArray("technicalSkills").getJsonObject(0);
    assertThat(first.getString("tier")).isEqualTo("MUST_HAVE");
    assertThat(first.getString("importance")).isEqualTo("CRITICAL");
    assertThat(first.getString("name")).isEqualTo("Container orchestration");
  }

  @Test
  void explainsBadParametersAndUnknownBlueprintsAsProblems() {
    HttpResponse<byte[]> badSize = http.get("api/blueprints?size=lots", "hr", "demo");
    HttpResponse<byte[]> badSort = http.get("api/blueprints?sort=salary", "hr", "demo");
    HttpResponse<byte[]> missing = http.get("api/blueprints/987654", "hr", "demo");
    HttpResponse<byte[]> nowhere = http.get("api/no-such-thing", "hr", "demo");

    assertThat(badSize.statusCode()).isEqualTo(400);
    JsonObject sizeProblem =
        Http.json(badSize).asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(sizeProblem.getString("field")).isEqualTo("size");
    assertThat(sizeProblem.getString("value")).isEqualTo("lots");
    assertThat(sizeProblem.getString("reason")).isEqualTo("must be a whole number");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Http.json(missing).asJsonObject().getString("detail"))
        .isEqualTo("There is no blueprint 987654 in the library.");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(nowhere)).startsWith("application/problem+json");
  }

  @Test
  void servesTheProfileAsAPdfHoldingTheTitleAndSkills() throws IOException {
    long id = blueprintId("Staff Site Reliability Engineer");

    HttpResponse<byte[]> response =
        http.get("api/blueprints/" + id + "/profile.pdf", "leader", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).isEqualTo("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"staff-site-reliability-engineer.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Staff Site Reliability Engineer")
          .contains("Must-have")
          .contains("Incident command")
          .contains("Critical");
    }
  }

  @Test
  void servesTheLibraryAsAWorkbook() throws IOException {
    HttpResponse<byte[]> response =
        http.get("api/blueprints.xlsx?family=Engineering", "hr", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      XSSFSheet sheet = workbook.getSheet("Blueprints");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
      assertThat(sheet.getLastRowNum()).isEqualTo(11);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Director of Engineering");
    }
  }

  @Test
  void reportsReadinessAndPublishesItsOpenApiWithoutALogin() {
    HttpResponse<byte[]> ready = http.get("health/ready");
    HttpResponse<byte[]> openApi = http.get("openapi");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(Http.text(ready)).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(Http.text(openApi))
        .contains("/api/blueprints/{id}/profile.pdf")
        .contains("Cadre API")
        // the records the resources take and give come from the services module: documented too
        .contains("$ref: \"#/components/schemas/BlueprintView\"")
        .contains("$ref: \"#/components/schemas/ScorecardCommand\"")
        // an upload's file part is described as a file
        .containsPattern("jakarta\\.ws\\.rs\\.core\\.EntityPart:\\s+format: binary");
  }

  @Test
  void sendsAnonymousPortalVisitorsToTheLoginPageButServesStaticResources() {
    HttpResponse<byte[]> library = http.get("blueprints.xhtml");
    HttpResponse<byte[]> login = http.get("login.xhtml");
    HttpResponse<byte[]> css = http.get("jakarta.faces.resource/css/cadre.css.xhtml");

    assertThat(library.statusCode()).isEqualTo(302);
    assertThat(library.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?next=%2Fblueprints.xhtml"));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(Http.text(login)).contains("Sign in to Cadre");
    assertThat(css.statusCode()).isEqualTo(200);
    // pages name their icon, so browsers do not ask for a /favicon.ico that is not there
    assertThat(Http.text(login))
        .contains(
            "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/jakarta.faces.resource/img/favicon.svg.xhtml");
    HttpResponse<byte[]> icon = http.get("jakarta.faces.resource/img/favicon.svg.xhtml");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(icon)).startsWith("image/svg+xml");
  }
}
