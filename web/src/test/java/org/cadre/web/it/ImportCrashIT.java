package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kills the server while a commit is writing to the database, starts it again, and counts: the
 * import is visibly failed and not one of its rows is in the database.
 */
class ImportCrashIT {

  private static final int EMPLOYEES = 20_000;

  @Test
  void aServerKilledMidCommitComesBackWithTheImportFailedAndNothingOfItWritten()
      throws MalformedURLException {
    try (CrashableServer server =
        new CrashableServer(
            "cadre-crash",
            Integer.getInteger("it.http.port", 9180) + 200,
            List.of("cadre.import.wait-seconds=0", "cadre.import.progress-every=100"))) {
      server.start();
      Http http = new Http(server.base().toURL());
      int before = employees(http);
      byte[] file = employeesFile(http);

      JsonObject dryRun = start(http, "dry-run", file);
      while (!dryRun.getString("status").equals("CHECKED")) {
        assertThat(dryRun.getString("status")).isIn("QUEUED", "CHECKING");
        CrashableServer.pause(Duration.ofMillis(200));
        dryRun = get(http, dryRun.getInt("importId"));
      }
      assertThat(dryRun.getInt("toCreate")).isEqualTo(EMPLOYEES);

      int commitId = start(http, "commit", file).getInt("importId");
      JsonObject commit = get(http, commitId);
      Instant until = Instant.now().plus(Duration.ofMinutes(2));
      while (!(commit.getString("status").equals("APPLYING") && commit.getInt("done") > 0)) {
        assertThat(commit.getString("status")).isIn("QUEUED", "CHECKING", "APPLYING");
        assertThat(Instant.now()).isBefore(until);
        CrashableServer.pause(Duration.ofMillis(50));
        commit = get(http, commitId);
      }
      int written = commit.getInt("done");
      server.kill();

      server.start();
      JsonObject after = get(http, commitId);
      assertThat(after.getString("status")).isEqualTo("FAILED");
      assertThat(after.getString("message"))
          .isEqualTo(
              "The server stopped during this import, so nothing of it was written. Start it"
                  + " again.");
      assertThat(written).isPositive().isLessThan(EMPLOYEES);
      assertThat(employees(http)).isEqualTo(before);
    }
  }

  private static int employees(Http http) {
    return Http.json(http.get("api/employees?size=1", "hr", "demo")).asJsonObject().getInt("total");
  }

  /** New employees in the first team of the demo organisation. */
  private static byte[] employeesFile(Http http) {
    String team =
        Http.json(http.get("api/org-units", "hr", "demo")).asJsonArray().stream()
            .map(u -> u.asJsonObject())
            .filter(u -> u.getString("kind").equals("Team"))
            .findFirst()
            .orElseThrow()
            .getString("code");
    StringBuilder csv = new StringBuilder("Employee number,Given name,Family name,Org unit,FTE\n");
    for (int i = 1; i <= EMPLOYEES; i++) {
      csv.append("CR-")
          .append(i)
          .append(",Crash,Test ")
          .append(i)
          .append(',')
          .append(team)
          .append(",1\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject start(Http http, String mode, byte[] file) {
    HttpResponse<byte[]> response =
        http.post(
            "api/imports/employees?mode=" + mode + "&filename=crash.csv",
            "hr",
            "demo",
            "text/csv",
            file);
    assertThat(response.statusCode()).as(Http.text(response)).isIn(200, 202);
    return Http.json(response).asJsonObject();
  }

  private static JsonObject get(Http http, int id) {
    return Http.json(http.get("api/imports/" + id, "hr", "demo")).asJsonObject();
  }
}
