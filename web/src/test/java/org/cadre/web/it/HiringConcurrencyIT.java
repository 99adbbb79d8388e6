package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two people moving one application at the same moment: one move wins, the other is refused with a
 * conflict and changes nothing. A move sent from an outdated revision is refused with 412.
 */
class HiringConcurrencyIT extends HiringApiTest {

  @Test
  void twoMovesAtOnceLetOneWinAndRefuseTheOther() throws Exception {
    JsonObject requisition = hiring.openRequisition();
    for (int round = 0; round < 4; round++) {
      JsonObject application =
          hiring.application(requisition, hiring.candidate("Race" + (char) ('a' + round)));
      long id = application.getJsonNumber("id").longValue();
      String seen = "\"" + application.getJsonNumber("revision").longValue() + "\"";
      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<HttpResponse<byte[]>>> moves = new ArrayList<>();
      for (String[] move :
          List.of(new String[] {"manager", "Screen"}, new String[] {"hr", "Panel"})) {
        moves.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  await(go);
                  return http.json(
                      "POST",
                      "api/applications/" + id + "/move",
                      move[0],
                      PASSWORD,
                      "{\"stage\":\"" + move[1] + "\"}",
                      seen);
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<HttpResponse<byte[]>> answers = new ArrayList<>();
      for (CompletableFuture<HttpResponse<byte[]>> move : moves) {
        answers.add(move.get(60, TimeUnit.SECONDS));
      }

      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
      JsonObject stored = get("api/applications/" + id, "hr");
      // both sent the revision they saw: the loser is refused with 409 when the two overlapped in
      // the database, or with 412 when it arrived after the winner's commit changed the revision
      assertThat(statuses)
          .as(answers.stream().map(Http::text).toList().toString())
          .containsOnlyOnce(200)
          .hasSize(2)
          .anySatisfy(s -> assertThat(s).isIn(409, 412));
      HttpResponse<byte[]> loser = answers.get(statuses.indexOf(200) == 0 ? 1 : 0);
      if (loser.statusCode() == 409) {
        assertThat(Http.text(loser))
            .contains("at the same moment")
            .contains("nothing you sent was saved");
      } else {
        assertThat(Http.text(loser)).contains("changed since you opened it");
      }
      String winner = statuses.indexOf(200) == 0 ? "Screen" : "Panel";
      assertThat(stored.getString("stage")).isEqualTo(winner);
      assertThat(stored.getJsonArray("history")).hasSize(2);
    }
  }

  @Test
  void aMoveFromAnOutdatedRevisionIsRefused() {
    JsonObject requisition = hiring.openRequisition();
    JsonObject application = hiring.application(requisition, hiring.candidate("Stale"));
    long id = application.getJsonNumber("id").longValue();
    String seen = "\"" + application.getJsonNumber("revision").longValue() + "\"";
    hiring.post("api/applications/" + id + "/move", "manager", "{\"stage\":\"Screen\"}", 200);

    HttpResponse<byte[]> stale =
        http.json(
            "POST",
            "api/applications/" + id + "/move",
            "hr",
            PASSWORD,
            "{\"stage\":\"Panel\"}",
            seen);

    assertThat(stale.statusCode()).as(Http.text(stale)).isEqualTo(412);
    assertThat(Http.text(stale)).contains("it is at Screen (active) now");
    assertThat(get("api/applications/" + id, "hr").getString("stage")).isEqualTo("Screen");
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
