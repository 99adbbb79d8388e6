package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.cadre.domain.planning.Quarter;

/**
 * What the hiring ITs set up through the API: a team of their own under the demo manager's
 * department (ENG-PLAT), named afresh each time so a test never meets another's data, two engineers
 * in it, a plan with one seat of gap in the next quarter, and an open requisition for that gap.
 */
final class HiringSetup {

  static final String ENGINEER = "Senior Backend Engineer";
  static final String PASSWORD = ApiTest.PASSWORD;

  final Http http;
  final String team;
  final String quarter;
  final LocalDate quarterStart;

  /** A fresh team name and the next quarter. */
  HiringSetup(Http http) {
    this.http = http;
    this.team = "HI-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    Quarter next = Periods.CURRENT.plus(1);
    this.quarterStart = next.start();
    this.quarter = next.toString();
  }

  /** The team under ENG-PLAT with two senior engineers in post. */
  void team() {
    importCsv(
        "org-units",
        "Code,Name,Kind,Parent code\n" + team + ",Hiring test team " + team + ",Team,ENG-PLAT\n");
    importCsv(
        "employees",
        "Employee number,Given name,Family name,Org unit,Blueprint,Level,FTE,Hire date\n"
            + team
            + "-1,Ada,Inpost,"
            + team
            + ","
            + ENGINEER
            + ",Senior,1,2020-01-06\n"
            + team
            + "-2,Bo,Inpost,"
            + team
            + ","
            + ENGINEER
            + ",Senior,1,2021-03-01\n");
  }

  /** The team's plan for the quarter: three senior engineers, one more than in post. */
  JsonObject planWithGap() {
    JsonObject plan =
        object(
            201,
            http.json(
                "POST",
                "api/plans",
                "manager",
                PASSWORD,
                "{\"orgUnit\":\"" + team + "\",\"period\":\"" + quarter + "\"}",
                null));
    return object(
        200,
        http.json(
            "PUT",
            "api/plans/" + plan.getJsonNumber("id").longValue() + "/lines",
            "manager",
            PASSWORD,
            "[{\"blueprintId\":" + engineer() + ",\"level\":\"SENIOR\",\"plannedFte\":3}]",
            "\"" + plan.getJsonNumber("revision").longValue() + "\""));
  }

  /** The engineers' line of the team's plan for the quarter, as the planning API shows it. */
  JsonObject planLine() {
    JsonObject plan = get("api/plans?orgUnit=" + team + "&period=" + quarter, "manager");
    return plan.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getJsonNumber("blueprintId").longValue() == engineer())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no engineers' line in " + plan));
  }

  /** A draft requisition the manager opens for the gap, as the planning grid fills it in. */
  JsonObject requisitionForGap() {
    JsonObject gap =
        get(
            "api/requisitions/gap?orgUnit="
                + team
                + "&blueprintId="
                + engineer()
                + "&level=SENIOR&quarter="
                + quarter,
            "manager");
    assertThat(gap.getBoolean("withinPlan")).as(gap.toString()).isTrue();
    return object(
        201,
        http.json(
            "POST",
            "api/requisitions",
            "manager",
            PASSWORD,
            "{\"orgUnit\":\""
                + team
                + "\",\"blueprintId\":"
                + engineer()
                + ",\"level\":\"SENIOR\",\"positionId\":"
                + gap.getJsonNumber("positionId").longValue()
                + ",\"fte\":1,\"targetStart\":\""
                + quarterStart
                + "\"}",
            null));
  }

  /** An approved and open requisition for the team's gap. */
  JsonObject openRequisition() {
    team();
    planWithGap();
    long id = requisitionForGap().getJsonNumber("id").longValue();
    post("api/requisitions/" + id + "/approve", "leader", null, 200);
    return post("api/requisitions/" + id + "/open", "manager", null, 200);
  }

  /** A new candidate whose email is made from the team's name, so it is unique. */
  JsonObject candidate(String given) {
    return post(
        "api/candidates",
        "hr",
        "{\"givenName\":\""
            + given
            + "\",\"familyName\":\"Candidate\",\"email\":\""
            + given.toLowerCase(Locale.ROOT)
            + "."
            + team.toLowerCase(Locale.ROOT)
            + "@example.com\",\"source\":\"REFERRAL\"}",
        201);
  }

  /** A candidate's application to the requisition, made by HR (the candidate is HR's). */
  JsonObject application(JsonObject requisition, JsonObject candidate) {
    return post(
        "api/requisitions/" + requisition.getJsonNumber("id").longValue() + "/applications",
        "hr",
        "{\"candidateId\":" + candidate.getJsonNumber("id").longValue() + "}",
        201);
  }

  long engineer() {
    return engineersRate().getJsonNumber("blueprintId").longValue();
  }

  /** The cost table's rate for senior engineers. */
  BigDecimal engineerRate() {
    return engineersRate().getJsonNumber("annualCostPerFte").bigDecimalValue();
  }

  private JsonObject engineersRate() {
    return Http.json(expect(200, http.get("api/cost-rates", "hr", PASSWORD)))
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("blueprintTitle").equals(ENGINEER))
        .filter(r -> r.getString("level", null) == null || "SENIOR".equals(r.getString("level")))
        .findFirst()
        .orElseThrow();
  }

  JsonObject post(String path, String user, String body, int status) {
    return object(status, http.json("POST", path, user, PASSWORD, body, null));
  }

  JsonObject get(String path, String user) {
    return ApiTest.get(http, path, user);
  }

  void importCsv(String kind, String csv) {
    ApiTest.importCsv(http, kind, csv);
  }

  static JsonObject object(int status, HttpResponse<byte[]> response) {
    return ApiTest.object(status, response);
  }

  static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
    return ApiTest.expect(status, response);
  }
}
