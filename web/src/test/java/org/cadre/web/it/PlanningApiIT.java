package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.cadre.domain.planning.Quarter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Headcount planning through the REST API on a hand-built organisation (PA-DIV > PA-DEPT > PA-A,
 * PA-B): the numbers of a plan and of the roll-up (actual, open, gap, cost, budget) with people
 * leaving mid-quarter, part-time FTE, a move between units and a hire still to come; the workflow
 * and its history; and who may do what.
 */
class PlanningApiIT extends ApiTest {

  private static final String ENGINEER = "Senior Backend Engineer";
  private static final String LEAD = "Lead Platform Engineer";

  /** The next three quarters (from the tests' one clock, {@link Periods}). */
  private String q1;

  private String q2;

  private String q3;

  @BeforeEach
  void organisation() {
    Quarter next = Periods.CURRENT.next();
    q1 = next.toString();
    q2 = next.plus(1).toString();
    q3 = next.plus(2).toString();
    LocalDate nextStart = next.start();
    LocalDate q2End = next.plus(1).end();
    importCsv(
        "org-units",
        "Code,Name,Kind,Parent code\n"
            + "PA-DIV,Planning division,Division,\n"
            + "PA-DEPT,Planning department,Department,PA-DIV\n"
            + "PA-A,Planning team A,Team,PA-DEPT\n"
            + "PA-B,Planning team B,Team,PA-DEPT\n");
    String people =
        "Employee number,Given name,Family name,Org unit,Blueprint,Level,FTE,Hire date,End date\n"
            + "PA-1,Ada,Full,PA-A,"
            + ENGINEER
            + ",Senior,1,2020-01-06,\n"
            + "PA-2,Bea,Part,PA-A,"
            + ENGINEER
            + ",Senior,0.5,2021-05-03,\n"
            + "PA-3,Cy,Leaving,PA-A,"
            + ENGINEER
            + ",Senior,1,2019-01-07,"
            + nextStart.plusDays(20)
            + "\n"
            + "PA-4,Di,Lead,PA-B,"
            + LEAD
            + ",Lead,0.8,2018-02-05,"
            + q2End
            + "\n"
            + "PA-6,Eve,Future,PA-A,"
            + ENGINEER
            + ",Senior,1,"
            + nextStart
            + ",\n";
    importCsv("employees", people + "PA-5,Fay,Mover,PA-A," + ENGINEER + ",Senior,1,2018-03-05,\n");
    // Fay moves to team B
    importCsv("employees", people + "PA-5,Fay,Mover,PA-B," + ENGINEER + ",Senior,1,2018-03-05,\n");
  }

  @Test
  void aPlanShowsActualOpenGapAndCostAndTheRollUpSumsTheSubtreeAgainstBudget() {
    long engineer = blueprintId(ENGINEER);
    long lead = blueprintId(LEAD);
    BigDecimal rate = costRate(engineer);
    JsonObject a = plan("PA-A", q1);
    a =
        saveLines(
            a,
            "[{\"blueprintId\":" + engineer + ",\"plannedFte\":3,\"justification\":\"Growth\"}]");
    JsonObject b = plan("PA-B", q1);
    saveLines(
        b,
        "[{\"blueprintId\":"
            + lead
            + ",\"level\":\"Lead\",\"plannedFte\":1.5,\"costPerFte\":80000}]");
    budget("PA-A", q1, "250000");
    budget("PA-B", q1, "150000");
    budget("PA-DIV", q1, "1000000");

    a = get("api/plans?orgUnit=PA-A&period=" + q1 + "&scenario=baseline", "hr");
    assertThat(a.keySet())
        .contains("id", "orgUnit", "period", "scenario", "status", "version", "lines", "totals");
    assertThat(a.getJsonObject("totals").keySet())
        .contains("plannedFte", "actualFte", "openRequisitions", "gap", "annualCost", "budget");
    assertThat(get("api/plans?orgUnit=PA-DEPT&period=" + q1, "hr").get("id"))
        .as("a unit without a plan")
        .isEqualTo(JsonValue.NULL);
    JsonObject engineers = line(a, engineer);
    assertThat(engineers.getJsonArray("positionIds")).hasSize(3);
    assertThat(number(engineers, "plannedFte")).isEqualByComparingTo("3");
    // Ada 1 + Bea 0.5; Cy leaves in the quarter, Eve is not hired yet, Fay moved to B
    assertThat(number(engineers, "actualFte")).isEqualByComparingTo("1.5");
    assertThat(number(engineers, "openRequisitions")).isEqualByComparingTo("0");
    assertThat(number(engineers, "gap")).isEqualByComparingTo("1.5");
    assertThat(number(engineers, "annualCost"))
        .isEqualByComparingTo(rate.multiply(BigDecimal.valueOf(3)));
    assertThat(number(a.getJsonObject("totals"), "budget")).isEqualByComparingTo("250000");

    JsonObject teamB = get("api/plans?orgUnit=PA-B&period=" + q1, "hr");
    JsonObject leads = line(teamB, lead);
    assertThat(number(leads, "actualFte")).isEqualByComparingTo("0.8");
    assertThat(number(leads, "gap")).isEqualByComparingTo("0.7");
    assertThat(number(leads, "annualCost")).isEqualByComparingTo("120000");
    JsonObject mover = line(teamB, engineer);
    assertThat(number(mover, "plannedFte")).isEqualByComparingTo("0");
    assertThat(number(mover, "actualFte")).isEqualByComparingTo("1");
    assertThat(number(mover, "gap")).isEqualByComparingTo("-1");

    JsonObject rollUp =
        get(
            "api/org-units/PA-DIV/headcount?from=" + q1 + "&to=" + q2 + "&scenario=baseline",
            "leader");
    JsonObject first = rollUp.getJsonArray("quarters").getJsonObject(0);
    assertThat(first.getString("period")).isEqualTo(q1);
    JsonObject totals = first.getJsonObject("totals");
    assertThat(number(totals, "plannedFte")).isEqualByComparingTo("4.5");
    assertThat(number(totals, "actualFte")).isEqualByComparingTo("3.3");
    assertThat(number(totals, "gap")).isEqualByComparingTo("1.2");
    assertThat(number(totals, "annualCost"))
        .isEqualByComparingTo(rate.multiply(BigDecimal.valueOf(3)).add(new BigDecimal("120000")));
    assertThat(number(totals, "budget")).isEqualByComparingTo("1000000");
    JsonObject department = first.getJsonArray("units").getJsonObject(1);
    assertThat(department.getString("code")).isEqualTo("PA-DEPT");
    assertThat(number(department.getJsonObject("totals"), "budget")).isEqualByComparingTo("400000");
    JsonObject engineersInDivision =
        first.getJsonArray("blueprints").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getJsonNumber("blueprintId").longValue() == engineer)
            .findFirst()
            .orElseThrow();
    assertThat(number(engineersInDivision, "actualFte")).isEqualByComparingTo("2.5");
    assertThat(number(engineersInDivision, "gap")).isEqualByComparingTo("0.5");

    JsonObject second = rollUp.getJsonArray("quarters").getJsonObject(1).getJsonObject("totals");
    // Di leaves on the last day of the second quarter: still counted
    assertThat(number(second, "actualFte")).isEqualByComparingTo("3.3");
  }

  @Test
  void anApprovedPlanChangesThroughANewVersionAndTheHistoryShowsEveryStep() {
    long engineer = blueprintId(ENGINEER);
    JsonObject plan = plan("PA-B", q2);
    plan = saveLines(plan, "[{\"blueprintId\":" + engineer + ",\"plannedFte\":2}]");
    long id = plan.getJsonNumber("id").longValue();
    plan =
        Http.json(
                expect(
                    200,
                    http.json("POST", "api/plans/" + id + "/submit", "hr", "demo", null, null)))
            .asJsonObject();
    assertThat(plan.getString("status")).isEqualTo("SUBMITTED");
    assertThat(
            http.json("POST", "api/plans/" + id + "/reject", "leader", "demo", "{}", null)
                .statusCode())
        .isEqualTo(400);
    plan =
        Http.json(
                expect(
                    200,
                    http.json(
                        "POST",
                        "api/plans/" + id + "/approve",
                        "leader",
                        "demo",
                        "{\"comment\":\"Fine\"}",
                        null)))
            .asJsonObject();
    assertThat(plan.getString("status")).isEqualTo("APPROVED");

    JsonObject next = saveLines(plan, "[{\"blueprintId\":" + engineer + ",\"plannedFte\":3}]");

    assertThat(next.getJsonNumber("id").longValue()).isNotEqualTo(id);
    assertThat(next.getInt("version")).isEqualTo(2);
    assertThat(next.getString("status")).isEqualTo("DRAFT");
    assertThat(next.getInt("inForceVersion")).isEqualTo(1);
    JsonObject approved = get("api/plans/" + id, "hr");
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(number(line(approved, engineer), "plannedFte")).isEqualByComparingTo("2");
    List<JsonObject> history =
        Http.json(expect(200, http.get("api/plans/" + id + "/history", "leader", "demo")))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(
            e -> e.getInt("version") + " " + e.getString("action") + " " + e.getString("actor"))
        .containsSubsequence(
            "2 Changed hr", "1 Approved leader", "1 Submitted hr", "1 Changed hr", "1 Created hr");
    assertThat(history)
        .filteredOn(e -> e.getInt("version") == 2 && e.getString("action").equals("Changed"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("details")).contains("planned FTE 2 → 3"));
  }

  @Test
  void managersPlanTheirOwnSubtreeOnlyAndDecisionsNeedLeadershipOrAManagerAbove() {
    JsonObject plan = plan("PA-A", q2);
    long id = plan.getJsonNumber("id").longValue();
    String etag = "\"" + plan.getJsonNumber("revision").longValue() + "\"";
    String lines = "[{\"blueprintId\":" + blueprintId(ENGINEER) + ",\"plannedFte\":1}]";

    assertThat(http.get("api/plans?orgUnit=PA-A&period=" + q2, "manager", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.get("api/plans/" + id, "manager", "demo").statusCode()).isEqualTo(403);
    assertThat(
            http.json("PUT", "api/plans/" + id + "/lines", "manager", "demo", lines, etag)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.get("api/org-units/PA-DIV/headcount?from=" + q1 + "&to=" + q2, "manager", "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.text(http.get("api/plans/overview?period=" + q1, "manager", "demo")))
        .contains("ENG-PLAT-SRE")
        .doesNotContain("PA-A");
    assertThat(
            http.json("PUT", "api/plans/" + id + "/lines", "leader", "demo", lines, etag)
                .statusCode())
        .as("leadership reads and decides, it does not edit")
        .isEqualTo(403);
    assertThat(
            http.json("PUT", "api/budgets/PA-A/" + q2, "manager", "demo", "{\"amount\":1}", null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.json("PUT", "api/plans/" + id + "/lines", "hr", "demo", lines, null).statusCode())
        .as("a change without If-Match")
        .isEqualTo(428);
    assertThat(http.get("api/plans?orgUnit=PA-A&period=" + q2).statusCode()).isEqualTo(401);

    expect(200, http.json("POST", "api/plans/" + id + "/submit", "hr", "demo", null, null));
    assertThat(
            http.json("POST", "api/plans/" + id + "/approve", "hr", "demo", "{}", null)
                .statusCode())
        .as("HR plans, it does not approve")
        .isEqualTo(403);
    assertThat(
            http.json("POST", "api/plans/" + id + "/approve", "manager", "demo", "{}", null)
                .statusCode())
        .isEqualTo(403);

    // the demo manager heads ENG-PLAT, above its teams: they may approve a team's plan there
    JsonObject team = plan("ENG-PLAT-SEC", q2, "manager");
    long teamPlan = team.getJsonNumber("id").longValue();
    if (!"SUBMITTED".equals(team.getString("status"))) {
      expect(
          200,
          http.json("POST", "api/plans/" + teamPlan + "/submit", "manager", "demo", null, null));
    }
    JsonObject approved =
        Http.json(
                expect(
                    200,
                    http.json(
                        "POST",
                        "api/plans/" + teamPlan + "/approve",
                        "manager",
                        "demo",
                        "{}",
                        null)))
            .asJsonObject();
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
  }

  @Test
  void aScenarioCopiesTheBaselineComparesWithItAndIsPromotedToIt() {
    long engineer = blueprintId(ENGINEER);
    long lead = blueprintId(LEAD);
    saveLines(plan("PA-B", q3), "[{\"blueprintId\":" + engineer + ",\"plannedFte\":1}]");
    String scenario =
        "{\"name\":\"pa-growth\",\"orgUnit\":\"PA-DEPT\",\"from\":\""
            + q3
            + "\",\"to\":\""
            + q3
            + "\"}";
    assertThat(http.json("POST", "api/scenarios", "leader", "demo", scenario, null).statusCode())
        .isEqualTo(403);
    JsonObject created =
        Http.json(expect(201, http.json("POST", "api/scenarios", "hr", "demo", scenario, null)))
            .asJsonObject();
    assertThat(created.getInt("plans")).isEqualTo(1);

    JsonObject copy = get("api/plans?orgUnit=PA-B&period=" + q3 + "&scenario=pa-growth", "hr");
    assertThat(copy.getString("status")).isEqualTo("DRAFT");
    assertThat(number(line(copy, engineer), "plannedFte")).isEqualByComparingTo("1");
    saveLines(
        copy,
        "[{\"blueprintId\":"
            + engineer
            + ",\"plannedFte\":2},{\"blueprintId\":"
            + lead
            + ",\"plannedFte\":1,\"costPerFte\":80000}]");

    JsonObject comparison =
        get("api/scenarios/pa-growth/compare?orgUnit=PA-DEPT&from=" + q3 + "&to=" + q3, "leader");
    assertThat(comparison.getJsonArray("deltas").getValuesAs(JsonObject.class))
        .extracting(
            d ->
                d.getString("orgUnit")
                    + " "
                    + d.getJsonNumber("blueprintId").longValue()
                    + " "
                    + d.getJsonNumber("deltaFte")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString())
        .containsExactlyInAnyOrder("PA-B " + engineer + " 1", "PA-B " + lead + " 1");
    assertThat(number(comparison, "deltaFte")).isEqualByComparingTo("2");
    assertThat(number(comparison, "deltaCost"))
        .isEqualByComparingTo(costRate(engineer).add(new BigDecimal("80000")));
    assertThat(
            http.get("api/scenarios/pa-growth/compare?orgUnit=PA-DEPT", "manager", "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.json("POST", "api/scenarios/pa-growth/promote", "manager", "demo", null, null)
                .statusCode())
        .as("the manager plans none of its units")
        .isEqualTo(409);

    expect(200, http.json("POST", "api/scenarios/pa-growth/promote", "hr", "demo", null, null));

    JsonObject baseline = get("api/plans?orgUnit=PA-B&period=" + q3, "hr");
    assertThat(number(line(baseline, engineer), "plannedFte")).isEqualByComparingTo("2");
    assertThat(number(line(baseline, lead), "plannedFte")).isEqualByComparingTo("1");
    assertThat(
            http.json("POST", "api/scenarios/pa-growth/promote", "hr", "demo", null, null)
                .statusCode())
        .as("promoted once only")
        .isEqualTo(409);
  }

  private JsonObject plan(String unit, String period) {
    return plan(unit, period, "hr");
  }

  /** The newest plan of the unit, started when it has none. */
  private JsonObject plan(String unit, String period, String user) {
    JsonObject plan = get("api/plans?orgUnit=" + unit + "&period=" + period, user);
    if (plan.get("id") != null && plan.get("id") != JsonValue.NULL) {
      return plan;
    }
    return Http.json(
            expect(
                201,
                http.json(
                    "POST",
                    "api/plans",
                    user,
                    "demo",
                    "{\"orgUnit\":\"" + unit + "\",\"period\":\"" + period + "\"}",
                    null)))
        .asJsonObject();
  }

  private JsonObject saveLines(JsonObject plan, String lines) {
    HttpResponse<byte[]> saved =
        http.json(
            "PUT",
            "api/plans/" + plan.getJsonNumber("id").longValue() + "/lines",
            "hr",
            "demo",
            lines,
            "\"" + plan.getJsonNumber("revision").longValue() + "\"");
    expect(200, saved);
    JsonObject body = Http.json(saved).asJsonObject();
    assertThat(saved.headers().firstValue("ETag"))
        .contains("\"" + body.getJsonNumber("revision").longValue() + "\"");
    return body;
  }

  private void budget(String unit, String period, String amount) {
    expect(
        200,
        http.json(
            "PUT",
            "api/budgets/" + unit + "/" + period,
            "hr",
            "demo",
            "{\"amount\":" + amount + "}",
            null));
  }

  private BigDecimal costRate(long blueprintId) {
    return rates().stream()
        .filter(r -> r.getJsonNumber("blueprintId").longValue() == blueprintId)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("annualCostPerFte")
        .bigDecimalValue();
  }

  private List<JsonObject> rates() {
    return Http.json(expect(200, http.get("api/cost-rates", "hr", "demo")))
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject line(JsonObject plan, long blueprintId) {
    return plan.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getJsonNumber("blueprintId").longValue() == blueprintId)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no line for blueprint " + blueprintId + " in " + plan));
  }

  private static BigDecimal number(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue();
  }
}
