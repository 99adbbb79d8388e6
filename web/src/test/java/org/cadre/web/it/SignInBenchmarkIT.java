package org.cadre.web.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's goal for credentialed API reads: a client sending HTTP Basic credentials (or an API
 * token) with every request reads within 1.5 times the throughput of a client riding on a portal
 * session. One server (the integration-test server, HTTPS), 8 concurrent clients, one plan read
 * ({@code GET /api/plans?orgUnit=ENG-PLAT-SEC&period=<this quarter>} as the demo manager), each way
 * of signing in measured in turn for 10 seconds, four rounds, in one run, so that a machine whose
 * load changes weighs on each way alike; prints Markdown rows for docs/benchmarks.md, each round's
 * and all rounds'.
 *
 * <p>Not part of the test suite ({@code *BenchmarkIT} is excluded): run it with {@code ./mvnw -B
 * -ntp -Pbench -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SignInBenchmarkIT extends DeployedTest {

  private static final int CLIENTS = 8;
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration MEASURED = Duration.ofSeconds(10);
  private static final int ROUNDS = 4;

  private record Way(String name, String header, String value) {}

  private record Result(String way, double perSecond, double p50, double p95, int failures) {}

  @Test
  void credentialedReadsAgainstSessionReads() throws Exception {
    Http http = new Http(base);
    LocalDate today = LocalDate.now();
    String plan =
        "api/plans?orgUnit=ENG-PLAT-SEC&period="
            + today.getYear()
            + "-Q"
            + ((today.getMonthValue() - 1) / 3 + 1);
    String token =
        Http.json(
                http.json(
                    "POST",
                    "api/tokens",
                    "admin",
                    "demo",
                    "{\"name\":\"benchmark\",\"username\":\"manager\",\"role\":\"MANAGER\"}",
                    null))
            .asJsonObject()
            .getString("token");
    List<Way> ways =
        List.of(
            new Way("portal session", "Cookie", http.portalSession("manager", "demo")),
            new Way("HTTP Basic", "Authorization", Http.basicHeader("manager", "demo")),
            new Way("API token", "Authorization", "Bearer " + token));
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(ItServer.trust())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String loadBefore = load();
    for (Way way : ways) {
      run(client, http.base().resolve(plan).toString(), way, WARM_UP);
    }
    List<Result> results = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Way way : ways) {
        results.add(run(client, http.base().resolve(plan).toString(), way, MEASURED));
      }
    }
    report(results, loadBefore, load());
  }

  /** 8 clients reading the plan for the duration, each as fast as the server answers. */
  private static Result run(HttpClient client, String url, Way way, Duration duration)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(java.net.URI.create(url))
            .GET()
            .header(way.header(), way.value())
            .timeout(Duration.ofSeconds(60))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> clients = new ArrayList<>();
    long[] failures = new long[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      int index = i;
      clients.add(
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                start.await();
                long end = System.nanoTime() + duration.toNanos();
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  HttpResponse<byte[]> response =
                      client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (response.statusCode() == 200) {
                    nanos.add(System.nanoTime() - sent);
                  } else {
                    failures[index]++;
                  }
                }
                return nanos;
              }));
    }
    start.countDown();
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> c : clients) {
      all.addAll(c.get());
    }
    pool.shutdown();
    Collections.sort(all);
    int failed = 0;
    for (long f : failures) {
      failed += (int) f;
    }
    return new Result(
        way.name(),
        all.size() / (double) duration.toSeconds(),
        millis(all, 0.50),
        millis(all, 0.95),
        failed);
  }

  private static double millis(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
  }

  private static void report(List<Result> results, String loadBefore, String loadAfter) {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%n### %s, %d cores, load average %s before and %s after, Java %s%n%n",
            LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES),
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            loadAfter,
            System.getProperty("java.version")));
    table.append(
        "| round | signed in by | requests/s | p50 ms | p95 ms | failed | session / this |\n");
    table.append("|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < results.size(); i++) {
      Result result = results.get(i);
      Result session = results.get(i - i % 3);
      table.append(row(String.valueOf(i / 3 + 1), result, session.perSecond()));
    }
    List<Result> totals = new ArrayList<>();
    for (int way = 0; way < 3; way++) {
      double perSecond = 0;
      int failed = 0;
      for (int i = way; i < results.size(); i += 3) {
        perSecond += results.get(i).perSecond() / ROUNDS;
        failed += results.get(i).failures();
      }
      totals.add(new Result(results.get(way).way(), perSecond, Double.NaN, Double.NaN, failed));
    }
    for (Result total : totals) {
      table.append(row("all", total, totals.get(0).perSecond()));
    }
    System.out.println(table);
  }

  private static String row(String round, Result result, double sessionPerSecond) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.0f | %.1f | %.1f | %d | %.2f |%n",
        round,
        result.way(),
        result.perSecond(),
        result.p50(),
        result.p95(),
        result.failures(),
        sessionPerSecond / result.perSecond());
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
