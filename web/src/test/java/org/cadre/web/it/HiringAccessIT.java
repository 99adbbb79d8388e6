package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Who may see what in hiring: a manager outside the requisition's unit, an interviewer not assigned
 * to the application, and non-HR callers on candidates' data, all refused with 403.
 */
class HiringAccessIT extends HiringApiTest {

  @Test
  void aManagerOutsideTheUnitIsRefused() {
    String elsewhere = hiring.team + "-X";
    importCsv(
        "org-units",
        "Code,Name,Kind,Parent code\n" + elsewhere + ",Elsewhere " + elsewhere + ",Division,\n");
    JsonObject requisition =
        hiring.post(
            "api/requisitions",
            "hr",
            "{\"orgUnit\":\""
                + elsewhere
                + "\",\"blueprintId\":"
                + hiring.engineer()
                + ",\"level\":\"SENIOR\",\"targetStart\":\""
                + hiring.quarterStart
                + "\",\"hiringManager\":\"hr\",\"justification\":\"A new hiring.team\"}",
            201);
    long id = requisition.getJsonNumber("id").longValue();

    assertThat(status("GET", "api/requisitions/" + id, "manager")).isEqualTo(403);
    assertThat(status("GET", "api/requisitions/" + id + "/board", "manager")).isEqualTo(403);
    assertThat(status("POST", "api/requisitions/" + id + "/approve", "manager")).isEqualTo(403);
    assertThat(status("GET", "api/requisitions?orgUnit=" + elsewhere, "manager")).isEqualTo(403);
    assertThat(status("GET", "api/hiring/funnel?orgUnit=" + elsewhere, "manager")).isEqualTo(403);
    assertThat(
            object(
                    403,
                    http.json(
                        "POST",
                        "api/requisitions",
                        "manager",
                        PASSWORD,
                        "{\"orgUnit\":\""
                            + elsewhere
                            + "\",\"blueprintId\":"
                            + hiring.engineer()
                            + ",\"targetStart\":\""
                            + hiring.quarterStart
                            + "\"}",
                        null))
                .getString("detail"))
        .contains(elsewhere);
    assertThat(status("GET", "api/requisitions/" + id, "leader")).isEqualTo(200);
  }

  @Test
  void anInterviewerSeesOnlyTheApplicationsTheyInterviewFor() {
    JsonObject requisition = hiring.openRequisition();
    long assigned =
        hiring.application(requisition, hiring.candidate("Ivo")).getJsonNumber("id").longValue();
    long other =
        hiring.application(requisition, hiring.candidate("Ola")).getJsonNumber("id").longValue();
    hiring.post(
        "api/applications/" + assigned + "/interviews",
        "manager",
        "{\"stage\":\"Screen\",\"interviewers\":[\"interviewer\"],\"scheduledAt\":\""
            + Instant.now()
            + "\"}",
        201);

    assertThat(status("GET", "api/applications/" + assigned, "interviewer")).isEqualTo(200);
    assertThat(status("GET", "api/applications/" + assigned + "/interview-kit", "interviewer"))
        .isEqualTo(200);
    assertThat(status("GET", "api/applications/" + other, "interviewer")).isEqualTo(403);
    assertThat(status("GET", "api/applications/" + other + "/interview-kit", "interviewer"))
        .isEqualTo(403);
    assertThat(status("GET", "api/applications/" + other + "/scorecards", "interviewer"))
        .isEqualTo(403);
    assertThat(status("POST", "api/applications/" + other + "/scorecards", "interviewer2"))
        .isEqualTo(403);
    assertThat(status("GET", "api/applications/" + assigned, "interviewer2")).isEqualTo(403);
    assertThat(
            status(
                "GET",
                "api/requisitions/" + requisition.getJsonNumber("id").longValue(),
                "interviewer"))
        .as("an interviewer sees the application, not the requisition")
        .isEqualTo(403);
    assertThat(
            status(
                "POST",
                "api/applications/" + assigned + "/move",
                "interviewer",
                "{\"stage\":\"Panel\"}"))
        .isEqualTo(403);
    JsonObject mine =
        Http.json(http.get("api/hiring/interviews", "interviewer", PASSWORD)).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getJsonNumber("applicationId").longValue() == assigned)
            .findFirst()
            .orElseThrow();
    assertThat(mine.getBoolean("submitted")).isFalse();
  }

  @Test
  void candidatesDataIsForHr() {
    hiring.team();
    long candidate = hiring.candidate("Pia").getJsonNumber("id").longValue();

    assertThat(status("GET", "api/candidates/" + candidate + "/export", "manager")).isEqualTo(403);
    assertThat(status("POST", "api/candidates/" + candidate + "/anonymise", "leader"))
        .isEqualTo(403);
    assertThat(status("GET", "api/candidates/duplicates", "manager")).isEqualTo(403);
    assertThat(status("GET", "api/candidates/" + candidate, "interviewer")).isEqualTo(403);
    JsonObject export = get("api/candidates/" + candidate + "/export", "hr");
    assertThat(export.getJsonObject("candidate").getString("givenName")).isEqualTo("Pia");
    JsonObject anonymised =
        hiring.post("api/candidates/" + candidate + "/anonymise", "hr", null, 200);
    assertThat(anonymised.getString("givenName")).isEqualTo("Anonymised");
    assertThat(anonymised.getString("email", null)).isNull();
  }

  private int status(String method, String path, String user) {
    return status(method, path, user, method.equals("POST") ? "{}" : null);
  }

  private int status(String method, String path, String user, String body) {
    return http.json(method, path, user, PASSWORD, body, null).statusCode();
  }
}
