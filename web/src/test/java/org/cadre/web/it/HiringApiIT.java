package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The whole hiring path through the REST API: the manager opens a requisition from a plan's gap,
 * leadership approves it, a candidate applies, two interviewers score blind, an offer above the
 * rate is approved by HR and leadership and accepted, and the hire makes an employee with
 * assessments seeded from the scorecards, fills the requisition and its position, and moves the
 * plan's open and actual.
 */
class HiringApiIT extends HiringApiTest {

  @Test
  void aGapBecomesARequisitionAnInterviewedCandidateAnOfferAndAHireThatLandsInThePlan() {
    hiring.team();
    hiring.planWithGap();
    JsonObject before = hiring.planLine();
    assertThat(number(before, "actualFte")).isEqualByComparingTo("2");
    assertThat(number(before, "openRequisitions")).isEqualByComparingTo("0");
    assertThat(number(before, "gap")).isEqualByComparingTo("1");

    // the manager opens a requisition from the gap; they may not approve their own
    JsonObject requisition = hiring.requisitionForGap();
    long id = requisition.getJsonNumber("id").longValue();
    assertThat(requisition.getString("status")).isEqualTo("DRAFT");
    assertThat(requisition.getBoolean("withinPlan")).isTrue();
    long position = requisition.getJsonNumber("positionId").longValue();
    assertThat(
            before
                .getJsonArray("positionIds")
                .getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValue()))
        .contains(position);
    expect(
        403,
        http.json("POST", "api/requisitions/" + id + "/approve", "manager", PASSWORD, null, null));
    JsonObject approved = hiring.post("api/requisitions/" + id + "/approve", "leader", null, 200);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    JsonObject counted = hiring.planLine();
    assertThat(number(counted, "openRequisitions")).isEqualByComparingTo("1");
    assertThat(number(counted, "gap")).isEqualByComparingTo("0");
    JsonObject open = hiring.post("api/requisitions/" + id + "/open", "manager", null, 200);
    assertThat(open.getJsonArray("stages").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("name"))
        .containsExactly("Applied", "Screen", "Technical interview", "Panel", "Offer", "Hired");

    // a candidate applies and moves to the technical interview
    JsonObject candidate = hiring.candidate("Tess");
    JsonObject application = hiring.application(open, candidate);
    long app = application.getJsonNumber("id").longValue();
    assertThat(application.getString("stage")).isEqualTo("Applied");
    move(app, "Screen");
    move(app, "Technical interview");
    hiring.post(
        "api/applications/" + app + "/interviews",
        "manager",
        "{\"stage\":\"Technical interview\",\"interviewers\":[\"interviewer\",\"interviewer2\"],"
            + "\"scheduledAt\":\""
            + Instant.now().minus(1, ChronoUnit.HOURS)
            + "\"}",
        201);

    // the kit comes from the blueprint: dimensions with anchors, must-have skills with levels
    JsonObject kit = get("api/applications/" + app + "/interview-kit", "interviewer");
    List<JsonObject> dimensions = kit.getJsonArray("dimensions").getValuesAs(JsonObject.class);
    List<JsonObject> skills = kit.getJsonArray("skills").getValuesAs(JsonObject.class);
    assertThat(dimensions).extracting(d -> d.getString("name")).contains("Technical depth");
    assertThat(dimensions.get(0).getJsonArray("anchors")).hasSize(3);
    assertThat(skills).extracting(s -> s.getString("name")).contains("Service design");
    assertThat(skills).allSatisfy(s -> assertThat(s.getInt("requiredLevel")).isBetween(2, 4));

    // two interviewers score blind
    hiring.post(
        "api/applications/" + app + "/scorecards",
        "interviewer",
        scorecard(kit, 4, "STRONG_YES"),
        201);
    JsonObject blind = get("api/applications/" + app + "/scorecards", "interviewer2");
    assertThat(blind.getJsonArray("scorecards")).isEmpty();
    assertThat(blind.getInt("hidden")).isEqualTo(1);
    hiring.post(
        "api/applications/" + app + "/scorecards", "interviewer2", scorecard(kit, 3, "YES"), 201);
    assertThat(
            get("api/applications/" + app + "/scorecards", "interviewer2")
                .getJsonArray("scorecards"))
        .hasSize(2);
    // an edit after submission is counted (and audited)
    JsonObject edited =
        object(
            200,
            http.json(
                "POST",
                "api/applications/" + app + "/scorecards",
                "interviewer",
                PASSWORD,
                scorecard(kit, 4, "YES"),
                null));
    assertThat(edited.getInt("edits")).isEqualTo(1);
    // the hiring manager reads both now that the interview has taken place
    assertThat(get("api/applications/" + app + "/scorecards", "manager").getJsonArray("scorecards"))
        .hasSize(2);

    // an offer 20% above the rate: HR and leadership approve, the candidate accepts
    move(app, "Offer");
    BigDecimal salary =
        hiring.engineerRate().multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP);
    LocalDate start = Periods.TODAY;
    JsonObject offer =
        hiring.post(
            "api/applications/" + app + "/offer",
            "hr",
            "{\"startDate\":\"" + start + "\",\"annualSalary\":" + salary + "}",
            201);
    long offerId = offer.getJsonNumber("id").longValue();
    assertThat(offer.getBoolean("needsLeadership")).isTrue();
    assertThat(
            hiring.post("api/offers/" + offerId + "/approve", "hr", null, 200).getString("status"))
        .isEqualTo("PROPOSED");
    expect(409, http.json("POST", "api/offers/" + offerId + "/accept", "hr", PASSWORD, null, null));
    assertThat(
            hiring
                .post("api/offers/" + offerId + "/approve", "leader", null, 200)
                .getString("status"))
        .isEqualTo("APPROVED");
    JsonObject seenByManager = get("api/applications/" + app, "manager");
    assertThat(seenByManager.getJsonArray("offers").getJsonObject(0).containsKey("annualSalary"))
        .as("managers see no salaries")
        .isFalse();
    assertThat(get("api/applications/" + app, "leader").getJsonArray("offers").getJsonObject(0))
        .containsKey("annualSalary");
    assertThat(
            hiring.post("api/offers/" + offerId + "/accept", "hr", null, 200).getString("status"))
        .isEqualTo("ACCEPTED");

    // the hire
    JsonObject hire = hiring.post("api/applications/" + app + "/hire", "hr", null, 200);
    String number = hire.getString("employeeNumber");
    JsonObject employee = get("api/employees/" + number, "hr");
    assertThat(employee.getString("unitCode")).isEqualTo(hiring.team);
    assertThat(employee.getString("givenName")).isEqualTo("Tess");
    assertThat(employee.getString("hireDate")).isEqualTo(start.toString());
    Map<String, Integer> required = new HashMap<>();
    skills.forEach(s -> required.put(s.getString("name"), s.getInt("requiredLevel")));
    JsonArray assessments =
        Http.json(expect(200, http.get("api/employees/" + number + "/assessments", "hr", PASSWORD)))
            .asJsonArray();
    List<JsonObject> seeded =
        assessments.getValuesAs(JsonObject.class).stream()
            .filter(a -> "Interview".equals(a.getString("source", null)))
            .toList();
    assertThat(seeded).hasSize(hire.getInt("assessmentsSeeded")).isNotEmpty();
    for (JsonObject assessment : seeded) {
      // ratings 4 and 3 are levels required + 1 and required; their lower median is the required
      assertThat(assessment.getInt("level"))
          .as(assessment.toString())
          .isEqualTo(assessment.getInt("expected"));
    }
    JsonObject filled = get("api/requisitions/" + id, "manager");
    assertThat(filled.getString("status")).isEqualTo("FILLED");
    assertThat(filled.getString("hiredEmployee")).isEqualTo(number);
    assertThat(filled.getJsonNumber("positionId").longValue()).isEqualTo(position);
    assertThat(get("api/applications/" + app, "hr").getString("status")).isEqualTo("HIRED");

    // the plan: actual rises from the start date (today), open falls
    JsonObject after = hiring.planLine();
    assertThat(number(after, "actualFte")).isEqualByComparingTo("3");
    assertThat(number(after, "openRequisitions")).isEqualByComparingTo("0");
    assertThat(number(after, "gap")).isEqualByComparingTo("0");

    // and the funnel of the hiring.team counts the path
    JsonObject funnel = get("api/hiring/funnel?orgUnit=" + hiring.team, "manager");
    assertThat(funnel.getJsonArray("stages").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("stage") + " " + s.getInt("entered"))
        .containsExactly("APPLIED 1", "SCREEN 1", "INTERVIEW 1", "FINAL 1", "OFFER 1", "HIRED 1");
    assertThat(funnel.getJsonNumber("offerAcceptance").bigDecimalValue()).isEqualByComparingTo("1");
    assertThat(funnel.getJsonObject("timeToFill").getInt("requisitions")).isEqualTo(1);
    assertThat(funnel.getJsonObject("timeToHire").getInt("hires")).isEqualTo(1);

    // the export carries the requisition, the application with every move, and the funnel
    HttpResponse<byte[]> export =
        expect(200, http.get("api/hiring/export.xlsx?orgUnit=" + hiring.team, "manager", PASSWORD));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      assertThat(workbook.getSheet("Requisitions").getRow(1).getCell(0).getNumericCellValue())
          .isEqualTo((double) id);
      assertThat(workbook.getSheet("Requisitions").getRow(1).getCell(15).getStringCellValue())
          .isEqualTo(number);
      assertThat(workbook.getSheet("Applications").getRow(1).getCell(5).getStringCellValue())
          .isEqualTo("Hired");
      XSSFSheet history = workbook.getSheet("Stage history");
      assertThat(history.getLastRowNum())
          .as("applied, screen, technical interview, offer, hired")
          .isEqualTo(5);
      assertThat(history.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Hired");
      assertThat(workbook.getSheet("Funnel").getRow(2).getCell(1).getNumericCellValue())
          .isEqualTo(1.0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDuplicateCandidateIsRefusedWithTheMatchAndTheFieldsThatMatched() {
    hiring.team();
    JsonObject first = hiring.candidate("Dora");
    String email = first.getString("email");

    HttpResponse<byte[]> again =
        http.json(
            "POST",
            "api/candidates",
            "hr",
            PASSWORD,
            "{\"givenName\":\"Dorothea\",\"familyName\":\"Other\",\"email\":\" "
                + email.toUpperCase(java.util.Locale.ROOT)
                + " \",\"source\":\"JOB_FAIR\"}",
            null);

    JsonObject problem = object(409, again);
    assertThat(Http.contentType(again)).startsWith("application/problem+json");
    assertThat(problem.getJsonNumber("candidateId").longValue())
        .isEqualTo(first.getJsonNumber("id").longValue());
    assertThat(problem.getJsonArray("matchedFields").getString(0)).isEqualTo("email");
    JsonObject forced =
        object(
            201,
            http.json(
                "POST",
                "api/candidates?force=true",
                "hr",
                PASSWORD,
                "{\"givenName\":\"Dorothea\",\"familyName\":\"Other\",\"email\":\""
                    + email
                    + "\",\"source\":\"JOB_FAIR\"}",
                null));
    JsonObject merged =
        hiring.post(
            "api/candidates/"
                + forced.getJsonNumber("id").longValue()
                + "/merge-into/"
                + first.getJsonNumber("id").longValue(),
            "hr",
            null,
            200);
    assertThat(merged.getJsonNumber("id").longValue())
        .isEqualTo(first.getJsonNumber("id").longValue());
    assertThat(
            get("api/candidates/" + forced.getJsonNumber("id").longValue(), "hr")
                .getJsonNumber("mergedInto")
                .longValue())
        .isEqualTo(first.getJsonNumber("id").longValue());
  }

  @Test
  void candidatesComeInThroughTheSpreadsheetImportAndTheSameFileTwiceChangesNothing() {
    String fair = hiring.team.toLowerCase(java.util.Locale.ROOT);
    String csv =
        "Given name,Family name,Email,Phone,Source\n"
            + "Ines,Fair,ines."
            + fair
            + "@example.com,,Job fair\n"
            + "Jon,Fair,jon."
            + fair
            + "@example.com,+44 7700 900777,Job fair\n";
    byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonObject dryRun =
        object(
            200,
            http.post(
                "api/imports/candidates?mode=dry-run&filename=fair.csv",
                "hr",
                PASSWORD,
                "text/csv",
                file));
    assertThat(dryRun.getInt("toCreate")).isEqualTo(2);
    JsonObject commit =
        object(
            200,
            http.post(
                "api/imports/candidates?mode=commit&filename=fair.csv",
                "hr",
                PASSWORD,
                "text/csv",
                file));
    assertThat(commit.getString("status")).isEqualTo("APPLIED");
    JsonObject found = get("api/candidates?q=" + fair, "hr");
    assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name"))
        .containsExactlyInAnyOrder("Ines Fair", "Jon Fair");

    JsonObject again =
        object(
            200,
            http.post(
                "api/imports/candidates?mode=dry-run&filename=fair.csv",
                "hr",
                PASSWORD,
                "text/csv",
                file));
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(again.getInt("toCreate")).isZero();
    expect(
        403,
        http.post(
            "api/imports/candidates?mode=dry-run&filename=fair.csv",
            "manager",
            PASSWORD,
            "text/csv",
            file));
  }

  @Test
  void beyondThePlanARequisitionNeedsAJustificationAndLeadership() {
    hiring.team();
    String body =
        "{\"orgUnit\":\""
            + hiring.team
            + "\",\"blueprintId\":"
            + hiring.engineer()
            + ",\"level\":\"SENIOR\",\"targetStart\":\""
            + hiring.quarterStart
            + "\"%s}";
    JsonObject refused =
        object(
            400,
            http.json(
                "POST", "api/requisitions", "manager", PASSWORD, String.format(body, ""), null));
    assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("justification");

    JsonObject beyond =
        hiring.post(
            "api/requisitions",
            "manager",
            String.format(body, ",\"justification\":\"A new on-call rotation\""),
            201);
    assertThat(beyond.getBoolean("withinPlan")).isFalse();
    assertThat(beyond.containsKey("positionId")).isFalse();
    long id = beyond.getJsonNumber("id").longValue();
    assertThat(
            hiring.post("api/requisitions/" + id + "/approve", "hr", null, 403).getString("detail"))
        .contains("leadership");
    hiring.post("api/requisitions/" + id + "/approve", "leader", null, 200);
    JsonObject cancelled =
        hiring.post(
            "api/requisitions/" + id + "/cancel", "manager", "{\"reason\":\"Budget moved\"}", 200);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getString("cancelReason")).isEqualTo("Budget moved");
  }

  private void move(long application, String stage) {
    JsonObject moved =
        hiring.post(
            "api/applications/" + application + "/move",
            "manager",
            "{\"stage\":\"" + stage + "\"}",
            200);
    assertThat(moved.getString("stage")).isEqualTo(stage);
  }

  /** Every kit item rated the same, with the recommendation. */
  private static String scorecard(JsonObject kit, int rating, String recommendation) {
    StringBuilder ratings = new StringBuilder();
    for (String kind : List.of("dimensions", "skills")) {
      for (JsonObject item : kit.getJsonArray(kind).getValuesAs(JsonObject.class)) {
        ratings
            .append(ratings.isEmpty() ? "" : ",")
            .append("{\"kind\":\"")
            .append(item.getString("kind"))
            .append("\",\"item\":\"")
            .append(item.getString("name"))
            .append("\",\"rating\":")
            .append(rating)
            .append("}");
      }
    }
    return "{\"ratings\":["
        + ratings
        + "],\"notes\":\"Solid.\",\"recommendation\":\""
        + recommendation
        + "\"}";
  }

  private static BigDecimal number(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue();
  }
}
