package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * A black-box test of the REST API, as {@link BrowserTest} is for the portal: the suite deployed to
 * Liberty, a plain HTTP client of it for each test, and the calls many tests make: answers checked
 * for their status and read as JSON, HR's CSV imports, blueprints found by title. Every demo login
 * has the password {@value #PASSWORD}.
 */
abstract class ApiTest extends DeployedTest {

  static final String PASSWORD = "demo";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  protected Http http;

  @BeforeEach
  void openClient() {
    http = new Http(base);
  }

  /** The answer, once it has the status; the assertion shows its body when it has another. */
  static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(status);
    return response;
  }

  static JsonObject object(HttpResponse<byte[]> response) {
    return Http.json(response).asJsonObject();
  }

  /** The answer's JSON object, once the answer has the status. */
  static JsonObject object(int status, HttpResponse<byte[]> response) {
    return object(expect(status, response));
  }

  /** A JSON object read by a demo user, who must get it (200). */
  JsonObject get(String path, String user) {
    return get(http, path, user);
  }

  static JsonObject get(Http http, String path, String user) {
    return object(200, http.get(path, user, PASSWORD));
  }

  /** Imports a CSV file as HR, a dry run and then its commit, both without an error. */
  void importCsv(String kind, String csv) {
    importCsv(http, kind, csv);
  }

  static void importCsv(Http http, String kind, String csv) {
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    for (String mode : List.of("dry-run", "commit")) {
      HttpResponse<byte[]> run =
          http.post(
              "api/imports/" + kind + "?mode=" + mode + "&filename=" + kind + ".csv",
              "hr",
              PASSWORD,
              "text/csv",
              file);
      assertThat(object(200, run).getInt("errorCount")).as(Http.text(run)).isZero();
    }
  }

  /** The id of the blueprint with this title, as HR finds it in the library. */
  long blueprintId(String title) {
    return get(
            "api/blueprints?size=200&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "hr")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> item.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no blueprint titled " + title))
        .getJsonNumber("id")
        .longValue();
  }
}
