package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people saving the same plan: exactly one wins, the other is told what changed, and nothing is
 * lost. Runs against a real server, the saves sent at the same moment from two threads.
 */
class PlanConcurrencyIT extends ApiTest {

  /**
   * Two years ahead: the demo plans nothing there (it plans the next four quarters), so the test
   * starts the plans it saves.
   */
  private static final String PERIOD = Periods.plus(8);

  private long engineer;
  private long lead;

  @BeforeEach
  void blueprints() {
    engineer = blueprintId("Senior Backend Engineer");
    lead = blueprintId("Lead Platform Engineer");
  }

  @Test
  void twoSavesOfTheSameRevisionAtOnceLetExactlyOneWinAndTheOtherRetriesWithoutLoss()
      throws Exception {
    JsonObject plan = start("ENG-PLAT-INFRA");
    long id = plan.getJsonNumber("id").longValue();
    String etag = etag(plan);
    for (int round = 0; round < 5; round++) {
      String mine = "[{\"blueprintId\":" + engineer + ",\"plannedFte\":" + (round + 2) + "}]";
      String theirs = "[{\"blueprintId\":" + lead + ",\"plannedFte\":" + (round + 1) + "}]";
      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<HttpResponse<byte[]>>> saves = new ArrayList<>();
      for (String[] save : List.of(new String[] {"manager", mine}, new String[] {"hr", theirs})) {
        String currentEtag = etag;
        saves.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  await(go);
                  return http.json(
                      "PUT", "api/plans/" + id + "/lines", save[0], "demo", save[1], currentEtag);
                }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<HttpResponse<byte[]>> answers = new ArrayList<>();
      for (CompletableFuture<HttpResponse<byte[]>> save : saves) {
        answers.add(save.get(60, TimeUnit.SECONDS));
      }

      assertThat(answers)
          .extracting(HttpResponse::statusCode)
          .as(answers.stream().map(Http::text).toList().toString())
          .containsExactlyInAnyOrder(200, 412);
      HttpResponse<byte[]> winner =
          answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
      HttpResponse<byte[]> loser =
          answers.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow();
      assertThat(Http.text(loser))
          .contains("changed since you opened it")
          .contains("Nothing you sent was saved");
      String winnerLines = winner == answers.get(0) ? mine : theirs;
      String loserLines = winner == answers.get(0) ? theirs : mine;

      JsonObject stored = get(id);
      assertThat(planned(stored)).isEqualTo(sent(winnerLines));
      // the loser reloads and saves again, from the winner's revision: both changes stay
      String merged = merge(winnerLines, loserLines);
      HttpResponse<byte[]> retry =
          http.json("PUT", "api/plans/" + id + "/lines", "hr", "demo", merged, etag(stored));
      assertThat(retry.statusCode()).as(Http.text(retry)).isEqualTo(200);
      JsonObject after = Http.json(retry).asJsonObject();
      assertThat(planned(after)).containsExactlyInAnyOrderElementsOf(sent(merged));
      etag = etag(after);
    }
  }

  @Test
  void aSaveFromAnOutdatedRevisionIsRefusedWithWhatChanged() {
    JsonObject plan = start("ENG-PLAT-DEVEX");
    long id = plan.getJsonNumber("id").longValue();
    String stale = etag(plan);
    HttpResponse<byte[]> first =
        http.json(
            "PUT",
            "api/plans/" + id + "/lines",
            "manager",
            "demo",
            "[{\"blueprintId\":" + engineer + ",\"plannedFte\":4}]",
            stale);
    assertThat(first.statusCode()).as(Http.text(first)).isEqualTo(200);

    HttpResponse<byte[]> second =
        http.json(
            "PUT",
            "api/plans/" + id + "/lines",
            "hr",
            "demo",
            "[{\"blueprintId\":" + engineer + ",\"plannedFte\":9}]",
            stale);

    assertThat(second.statusCode()).isEqualTo(412);
    assertThat(Http.text(second))
        .contains("manager")
        .contains("added Senior Backend Engineer: 4 FTE")
        .contains("reload the plan");
    assertThat(planned(get(id))).containsExactly(engineer + "=4");
  }

  private JsonObject start(String unit) {
    HttpResponse<byte[]> started =
        http.json(
            "POST",
            "api/plans",
            "manager",
            "demo",
            "{\"orgUnit\":\"" + unit + "\",\"period\":\"" + PERIOD + "\"}",
            null);
    assertThat(started.statusCode()).as(Http.text(started)).isEqualTo(201);
    return Http.json(started).asJsonObject();
  }

  private JsonObject get(long id) {
    return Http.json(http.get("api/plans/" + id, "hr", "demo")).asJsonObject();
  }

  private static String etag(JsonObject plan) {
    return "\"" + plan.getJsonNumber("revision").longValue() + "\"";
  }

  /** The planned lines as "blueprint=FTE". */
  private static List<String> planned(JsonObject plan) {
    return plan.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getBoolean("planned"))
        .map(PlanConcurrencyIT::seat)
        .toList();
  }

  /** The lines of a request body as "blueprint=FTE". */
  private static List<String> sent(String json) {
    return jakarta.json.Json.createReader(
            new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(PlanConcurrencyIT::seat)
        .toList();
  }

  private static String seat(JsonObject line) {
    return line.getJsonNumber("blueprintId").longValue()
        + "="
        + line.getJsonNumber("plannedFte").bigDecimalValue().stripTrailingZeros().toPlainString();
  }

  private static String merge(String a, String b) {
    return a.substring(0, a.length() - 1) + "," + b.substring(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
