package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Large imports in a server of their own whose heap is limited to 512 MB: 100,000 assessment rows
 * go through a dry run and a commit. A server killed (SIGKILL) while a commit is staging its
 * changes comes back with every commit it made before the kill: the commit resumes from at least
 * the checkpoint the test last saw and is applied with every row exactly once. Killed while staging
 * a commit whose file is then lost, it comes back with that import visibly failed and not one of
 * its rows in the database. Each test makes its own employees (a prefix of its own) and needs only
 * a running server, which it finds or starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCrashIT {

  private static final int EMPLOYEES = 20_000;
  private static final int COMPETENCIES = 5;
  private static final List<String> ENDED = List.of("CHECKED", "APPLIED", "FAILED");

  private CrashableServer server;
  private Http http;

  @BeforeAll
  void start() throws MalformedURLException {
    server =
        new CrashableServer(
            "cadre-crash",
            Integer.getInteger("it.crash.http.port", 9380),
            Integer.getInteger("it.crash.https.port", 9743),
            List.of("cadre.import.wait-seconds=0", "cadre.import.checkpoint-every=100"),
            List.of("-Xmx512m"));
    server.start();
    http = new Http(server.base().toURL());
  }

  /** A test that failed after a kill leaves the server down: the next one starts it again. */
  @BeforeEach
  void running() {
    if (!server.ready()) {
      server.start();
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void aHundredThousandAssessmentRowsImportInA512MegabyteServer() {
    JsonObject people = finish(start("employees", "dry-run", employeesFile("BIG-")));
    assertThat(people.getInt("toCreate")).isEqualTo(EMPLOYEES);
    assertThat(finish(start("employees", "commit", employeesFile("BIG-"))).getString("status"))
        .isEqualTo("APPLIED");

    List<String> competencies =
        Http.json(http.get("api/competencies?size=" + COMPETENCIES, "hr", "demo"))
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("name"))
            .toList();
    StringBuilder csv = new StringBuilder("Employee number,Competency,Level,Assessed on\n");
    for (int e = 1; e <= EMPLOYEES; e++) {
      for (int c = 0; c < COMPETENCIES; c++) {
        csv.append("BIG-")
            .append(e)
            .append(",\"")
            .append(competencies.get(c))
            .append("\",")
            .append((e + c) % 6)
            .append(",2026-03-02\n");
      }
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    JsonObject dryRun = finish(start("assessments", "dry-run", file));
    assertThat(dryRun.getInt("rows")).isEqualTo(EMPLOYEES * COMPETENCIES);
    assertThat(dryRun.getInt("toCreate")).as(dryRun.toString()).isEqualTo(EMPLOYEES * COMPETENCIES);
    JsonObject commit = finish(start("assessments", "commit", file));
    assertThat(commit.getString("status")).as(commit.toString()).isEqualTo("APPLIED");
    assertThat(
            Http.json(http.get("api/employees/BIG-" + EMPLOYEES + "/assessments", "hr", "demo"))
                .asJsonArray()
                .stream()
                .filter(a -> a.asJsonObject().containsKey("level"))
                .count())
        .isEqualTo(COMPETENCIES);
  }

  @Test
  void aServerKilledWhileStagingResumesTheCommitAndAppliesEveryRowOnce() {
    int before = employees();
    byte[] file = employeesFile("CR-");
    assertThat(finish(start("employees", "dry-run", file)).getInt("toCreate")).isEqualTo(EMPLOYEES);

    int commitId = start("employees", "commit", file).getInt("importId");
    int seen = killWhileStaging(commitId);

    server.start();
    JsonObject after = finish(get(commitId));
    assertThat(after.getString("status")).as(after.toString()).isEqualTo("APPLIED");
    assertThat(after.getInt("toCreate")).isEqualTo(EMPLOYEES);
    assertThat(employees()).isEqualTo(before + EMPLOYEES);
    assertThat(employees("CR-")).isEqualTo(EMPLOYEES);
    Matcher resumed =
        Pattern.compile(
                "CADRE0023I: import " + commitId + " .* resumed \\((\\d+) changes were staged")
            .matcher(server.messages());
    assertThat(resumed.find()).as(server.messages()).isTrue();
    int checkpoint = Integer.parseInt(resumed.group(1));
    // The progress shown is a checkpoint the database had stored before the test saw it, so the
    // kill cannot take it back; more chunks may have been staged before the kill landed.
    assertThat(checkpoint).as("checkpoint after the restart").isBetween(seen, EMPLOYEES - 1);
    assertThat(checkpoint % 100).as("a multiple of cadre.import.checkpoint-every").isZero();
  }

  @Test
  void aServerKilledWhileStagingACommitWhoseFileIsThenLostComesBackWithItFailedAndNothingWritten()
      throws IOException {
    int before = employees();
    byte[] file = employeesFile("CF-");
    assertThat(finish(start("employees", "dry-run", file)).getInt("toCreate")).isEqualTo(EMPLOYEES);

    int commitId = start("employees", "commit", file).getInt("importId");
    killWhileStaging(commitId);
    Files.delete(server.file("imports/import-" + commitId + ".upload"));

    server.start();
    var answer = http.get("api/imports/" + commitId, "hr", "demo");
    // the run was committed long before the kill: it must have survived it
    assertThat(answer.statusCode()).as(Http.text(answer)).isEqualTo(200);
    JsonObject after = Http.json(answer).asJsonObject();
    assertThat(after.getString("status")).isEqualTo("FAILED");
    assertThat(after.getString("message"))
        .isEqualTo(
            "The server stopped during this import, so nothing of it was written. Start it"
                + " again.");
    assertThat(employees()).isEqualTo(before);
    assertThat(employees("CF-")).isZero();
  }

  /**
   * Waits until the commit is staging, part of the way, and kills the server; returns how many
   * changes the commit had staged (committed) when the test last looked.
   */
  private int killWhileStaging(int commitId) {
    JsonObject commit = get(commitId);
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (!(commit.getString("status").equals("APPLYING") && commit.getInt("done") > 0)) {
      assertThat(ENDED)
          .as("the commit ended before it staged")
          .doesNotContain(commit.getString("status"));
      assertThat(Instant.now()).isBefore(until);
      CrashableServer.pause(Duration.ofMillis(50));
      commit = get(commitId);
    }
    int staged = commit.getInt("done");
    server.kill();
    assertThat(staged).isPositive().isLessThan(EMPLOYEES);
    return staged;
  }

  private int employees() {
    return Http.json(http.get("api/employees?size=1", "hr", "demo")).asJsonObject().getInt("total");
  }

  /** How many employees have a number or name containing the text: no number is there twice. */
  private int employees(String text) {
    return Http.json(http.get("api/employees?size=1&q=" + text, "hr", "demo"))
        .asJsonObject()
        .getInt("total");
  }

  /** New employees, numbered with the prefix, in the first team of the demo organisation. */
  private byte[] employeesFile(String prefix) {
    String team =
        Http.json(http.get("api/org-units", "hr", "demo")).asJsonArray().stream()
            .map(u -> u.asJsonObject())
            .filter(u -> u.getString("kind").equals("Team"))
            .findFirst()
            .orElseThrow()
            .getString("code");
    StringBuilder csv = new StringBuilder("Employee number,Given name,Family name,Org unit,FTE\n");
    for (int i = 1; i <= EMPLOYEES; i++) {
      csv.append(prefix).append(i).append(",Large,Test ").append(i).append(',').append(team);
      csv.append(",1\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonObject start(String kind, String mode, byte[] file) {
    HttpResponse<byte[]> response =
        http.post(
            "api/imports/" + kind + "?mode=" + mode + "&filename=" + kind + ".csv",
            "hr",
            "demo",
            "text/csv",
            file);
    // the server waits for no run (cadre.import.wait-seconds=0): every run is still going
    assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(202);
    return Http.json(response).asJsonObject();
  }

  /** Follows a run until it ends, for at most three minutes. */
  private JsonObject finish(JsonObject run) {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (!ENDED.contains(run.getString("status"))) {
      assertThat(Instant.now()).as(run.toString()).isBefore(until);
      CrashableServer.pause(Duration.ofMillis(200));
      run = get(run.getInt("importId"));
    }
    return run;
  }

  private JsonObject get(int id) {
    return Http.json(http.get("api/imports/" + id, "hr", "demo")).asJsonObject();
  }
}
