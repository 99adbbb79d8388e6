package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A corpus of malformed API requests, each with the answer it must get: 400 (or 413) as {@code
 * application/problem+json} naming the field and saying why, never a 500, a 404 for a well-formed
 * address, or an error logged as a bug.
 */
class BadRequestsIT extends ApiTest {

  /** Quarters from the tests' clock, a year ahead: any valid quarter serves these refusals. */
  private static final String QUARTER = Periods.plus(4);

  private static final String LATER = Periods.plus(5);

  /** One bad request, and the field its answer must name (null: the body as a whole). */
  private record Bad(String method, String path, String body, String field, String reasonPart) {}

  private record Plan(long id, String etag) {}

  @Test
  void everyMalformedRequestIsA400NamingTheField() {
    Plan plan = plan("ENG-PLAT-SEC", laterQuarter());
    String lines = "api/plans/" + plan.id() + "/lines";
    List<Bad> corpus =
        List.of(
            // JSON that is not JSON, or not of the shape the call takes
            new Bad("POST", "api/plans", "{\"orgUnit\":\"ENG", "body", "not valid JSON"),
            new Bad(
                "PUT", "api/budgets/ENG/" + QUARTER, "{\"amount\":NaN}", "body", "not valid JSON"),
            new Bad(
                "PUT", "api/budgets/ENG/" + QUARTER, "{\"amount\":\"lots\"}", "amount", "number"),
            new Bad("PUT", lines, "{\"blueprintId\":1}", "lines", "list"),
            new Bad(
                "PUT",
                lines,
                "[{\"blueprintId\":1,\"plannedFte\":\"lots\"}]",
                "lines[0].plannedFte",
                "number"),
            new Bad(
                "PUT",
                lines,
                "[{\"blueprintId\":\"one\",\"plannedFte\":1}]",
                "lines[0].blueprintId",
                "whole number"),
            new Bad(
                "PUT",
                "api/blueprints/1/draft",
                "{\"version\":1,\"level\":\"WIZARD\"}",
                "level",
                "one of"),
            new Bad(
                "PUT",
                "api/blueprints/1/draft",
                "{\"version\":\"new\"}",
                "version",
                "whole number"),
            new Bad(
                "PUT",
                "api/blueprints/1/draft",
                "{\"version\":1,\"technicalSkills\":[{\"tier\":\"NOPE\"}]}",
                "technicalSkills[0].tier",
                "one of"),
            new Bad(
                "PUT",
                "api/blueprints/1/draft",
                "{\"version\":1,\"technicalSkills\":{}}",
                "technicalSkills",
                "list"),
            new Bad(
                "PUT",
                "api/cost-rates/1",
                "{\"annualCostPerFte\":[1]}",
                "annualCostPerFte",
                "number"),
            new Bad("POST", "api/scenarios", "[]", "body", "object"),
            new Bad("PUT", "api/budgets/ENG/" + QUARTER, "", "body", "JSON"),
            // numbers out of range or not numbers, in the address
            new Bad("GET", "api/blueprints?page=20000000&size=200", null, "page", "page"),
            new Bad("GET", "api/competencies?page=20000000&size=200", null, "page", "page"),
            new Bad("GET", "api/employees?page=20000000&size=200", null, "page", "page"),
            new Bad("GET", "api/imports?page=20000000&size=200", null, "page", "page"),
            new Bad("GET", "api/employees?page=abc", null, "page", "whole number"),
            new Bad("GET", "api/imports?size=abc", null, "size", "whole number"),
            new Bad("GET", "api/employees?blueprint=abc", null, "blueprint", "whole number"),
            new Bad("GET", "api/blueprints/abc", null, "id", "whole number"),
            new Bad("GET", "api/blueprints/abc.xlsx", null, "id", "whole number"),
            new Bad("GET", "api/blueprints/1/revisions/x", null, "revision", "whole number"),
            new Bad("GET", "api/competencies/abc/blueprints", null, "id", "whole number"),
            new Bad("GET", "api/plans/abc", null, "id", "whole number"),
            new Bad("GET", "api/imports/abc", null, "id", "whole number"),
            new Bad("GET", "api/imports/abc/errors.xlsx", null, "id", "whole number"),
            new Bad(
                "PUT",
                "api/cost-rates/abc",
                "{\"annualCostPerFte\":1}",
                "blueprintId",
                "whole number"),
            // text with control characters
            new Bad(
                "PUT",
                lines,
                "[{\"blueprintId\":1,\"plannedFte\":1,\"justification\":\"to hire\\u0000\"}]",
                "lines[0].justification",
                "U+0000"),
            new Bad(
                "PUT",
                lines,
                "[{\"blueprintId\":1,\"plannedFte\":1,\"justification\":\"to \\u202Ehire\"}]",
                "lines[0].justification",
                "U+202E"),
            new Bad(
                "PUT",
                "api/blueprints/1/draft",
                "{\"version\":1,\"title\":\"Lead\\u0007\"}",
                "title",
                "U+0007"));
    int bugsBefore = count(ItServer.messages(), "CADRE0500E");

    List<String> wrong = new ArrayList<>();
    for (Bad bad : corpus) {
      HttpResponse<byte[]> response = send(bad, plan.etag());
      String answer =
          bad.method()
              + " "
              + bad.path()
              + " -> "
              + response.statusCode()
              + " "
              + Http.text(response);
      if (response.statusCode() != 400
          || !Http.contentType(response).startsWith("application/problem+json")) {
        wrong.add(answer);
        continue;
      }
      JsonArray errors = Http.json(response).asJsonObject().getJsonArray("errors");
      boolean named =
          errors.getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  e ->
                      e.getString("field").equals(bad.field())
                          && e.getString("reason").contains(bad.reasonPart()));
      if (!named) {
        wrong.add(answer);
      }
    }

    assertThat(wrong).as("requests answered otherwise than 400 naming the field").isEmpty();
    assertThat(count(ItServer.messages(), "CADRE0500E"))
        .as("errors logged as bugs")
        .isEqualTo(bugsBefore);
  }

  /**
   * A request that breaks a constraint of its request record, sent by {@code user}: the answer
   * names the field, the value (null: none shown) and the reason.
   */
  private record Violation(
      String user,
      String method,
      String path,
      String body,
      String field,
      String value,
      String reason) {}

  @Test
  void everyKindOfConstraintOnTheRequestRecordsIsAnsweredNamingFieldValueAndReason() {
    List<Violation> corpus =
        List.of(
            // no body where the call needs one
            new Violation("hr", "POST", "api/scenarios", "null", "body", null, "send the scenario"),
            // a required field missing
            new Violation(
                "hr",
                "POST",
                "api/plans",
                "{\"period\":\"" + QUARTER + "\"}",
                "orgUnit",
                null,
                "a plan needs a unit"),
            new Violation(
                "hr", "PUT", "api/budgets/ENG/" + QUARTER, "{}", "amount", null, "needs an amount"),
            // text with a control character
            new Violation(
                "hr",
                "POST",
                "api/scenarios",
                "{\"name\":\"what\\u0007if\",\"orgUnit\":\"ENG\",\"from\":\""
                    + QUARTER
                    + "\",\"to\":\""
                    + LATER
                    + "\"}",
                "name",
                "what[U+0007]if",
                "U+0007"),
            // the hiring calls' records: a move with no stage, an application with no candidate,
            // a rejection's reason with a control character (checked before the id is looked up)
            new Violation(
                "hr",
                "POST",
                "api/applications/999999/move",
                "{}",
                "stage",
                null,
                "needs the stage"),
            new Violation(
                "hr",
                "POST",
                "api/requisitions/999999/applications",
                "{}",
                "candidateId",
                null,
                "needs the candidate's id"),
            new Violation(
                "hr",
                "POST",
                "api/applications/999999/reject",
                "{\"reason\":\"no\\u0000fit\"}",
                "reason",
                "no[U+0000]fit",
                "U+0000"),
            // a collection that must not be empty
            new Violation(
                "admin",
                "POST",
                "api/users",
                "{\"username\":\"bv-nobody\",\"password\":\"long enough secret\",\"roles\":[]}",
                "roles",
                null,
                "at least one role"),
            // a size out of bounds, on a value never repeated (a password)
            new Violation(
                "admin",
                "POST",
                "api/users",
                "{\"username\":\"bv-short\",\"password\":\"short\",\"roles\":[\"HR\"]}",
                "password",
                null,
                "use 10 to 200 characters"));

    List<String> wrong = new ArrayList<>();
    for (Violation violation : corpus) {
      HttpResponse<byte[]> response =
          http.json(
              violation.method(),
              violation.path(),
              violation.user(),
              "demo",
              violation.body(),
              null);
      String answer =
          violation.path()
              + " "
              + violation.body()
              + " -> "
              + response.statusCode()
              + " "
              + Http.text(response);
      boolean named =
          response.statusCode() == 400
              && Http.contentType(response).startsWith("application/problem+json")
              && Http.json(response)
                  .asJsonObject()
                  .getJsonArray("errors")
                  .getValuesAs(JsonObject.class)
                  .stream()
                  .anyMatch(
                      e ->
                          e.getString("field").equals(violation.field())
                              && Objects.equals(
                                  !e.containsKey("value") || e.isNull("value")
                                      ? null
                                      : e.getString("value"),
                                  violation.value())
                              && e.getString("reason").contains(violation.reason()));
      if (!named) {
        wrong.add(answer);
      }
    }

    assertThat(wrong)
        .as("violations answered otherwise than 400 naming field, value and reason")
        .isEmpty();
    assertThat(Http.text(http.get("api/users", "admin", "demo"))).doesNotContain("bv-");
  }

  @Test
  void aBodyPastTheLimitIs413WithOrWithoutALength() {
    String huge = "{\"comment\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    byte[] body = huge.getBytes(StandardCharsets.UTF_8);

    HttpResponse<byte[]> declared =
        http.send(
            http.request("api/plans/1/approve")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basicHeader("hr", "demo")));
    HttpResponse<byte[]> chunked =
        http.send(
            http.request("api/plans/1/approve")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basicHeader("hr", "demo")));

    for (HttpResponse<byte[]> response : List.of(declared, chunked)) {
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(Http.contentType(response)).startsWith("application/problem+json");
      assertThat(Http.json(response).asJsonObject().getString("detail"))
          .contains("larger than 1 MB");
    }
  }

  @Test
  void anAnswerShowsALongValueShortened() {
    String name = "Q".repeat(100_000);

    HttpResponse<byte[]> response =
        http.json(
            "POST",
            "api/plans",
            "hr",
            "demo",
            "{\"orgUnit\":\"" + name + "\",\"period\":\"" + QUARTER + "\"}",
            null);

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.body().length).isLessThan(2_000);
    assertThat(Http.text(response)).contains("QQQQ").contains("…");
  }

  @Test
  void refusalsAreNotLoggedAsIncidents() {
    Plan plan = plan("ENG-PLAT-SEC", laterQuarter());
    assertThat(http.get("api/users", "manager", "demo").statusCode()).isEqualTo(403);
    assertThat(http.get("api/blueprints/999999", "hr", "demo").statusCode()).isEqualTo(404);
    assertThat(
            http.json("PUT", "api/plans/" + plan.id() + "/lines", "hr", "demo", "[]", "\"99999\"")
                .statusCode())
        .isEqualTo(412);
    // refusals that pass through more than one transactional bean (a pack is read in several)
    String pack = "api/reports/workforce.pdf?from=" + QUARTER + "&to=" + QUARTER;
    assertThat(http.get(pack + "&orgUnit=OPS", "manager", "demo").statusCode()).isEqualTo(403);
    assertThat(http.get(pack + "&lang=xx", "leader", "demo").statusCode()).isEqualTo(400);
    assertThat(http.get("api/reports/999999", "leader", "demo").statusCode()).isEqualTo(404);

    assertThat(ItServer.incidents())
        .as("FFDC incidents of Cadre's refusals")
        .noneMatch(incident -> incident.contains("org.cadre.services.common."));
  }

  private HttpResponse<byte[]> send(Bad bad, String etag) {
    HttpRequest.Builder request =
        http.request(bad.path())
            .method(
                bad.method(),
                bad.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(bad.body()))
            .header("Authorization", Http.basicHeader("hr", "demo"))
            .header("If-Match", etag);
    if (bad.body() != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request);
  }

  /** A plan of the unit for the quarter, started when there is none. */
  private Plan plan(String unit, String period) {
    HttpResponse<byte[]> found =
        http.get("api/plans?orgUnit=" + unit + "&period=" + period, "hr", "demo");
    if (!Http.json(found).asJsonObject().isNull("id")) {
      return new Plan(
          Http.json(found).asJsonObject().getJsonNumber("id").longValue(),
          found.headers().firstValue("ETag").orElseThrow());
    }
    HttpResponse<byte[]> started =
        http.json(
            "POST",
            "api/plans",
            "hr",
            "demo",
            "{\"orgUnit\":\"" + unit + "\",\"period\":\"" + period + "\"}",
            null);
    assertThat(started.statusCode()).as(Http.text(started)).isEqualTo(201);
    return new Plan(
        Http.json(started).asJsonObject().getJsonNumber("id").longValue(),
        started.headers().firstValue("ETag").orElseThrow());
  }

  /** A quarter two years from now, past the demo plans. */
  private static String laterQuarter() {
    LocalDate later = LocalDate.now().plusYears(2);
    return later.getYear() + "-Q" + ((later.getMonthValue() - 1) / 3 + 1);
  }

  private static int count(String text, String what) {
    Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
