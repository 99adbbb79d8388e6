package org.cadre.services.blueprint;

import static org.cadre.services.testing.Services.on;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cadre.domain.access.Role;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.imports.ImportSettings;

/**
 * Blueprint import speed, as the server sees it: parse, link to the catalogue, store and commit, on
 * H2 and on PostgreSQL. Targets (issue 3): one document in at most 150 ms after warm-up; a zip of
 * 200 documents in at most 20 s. Documents are two of Cadre's samples (docs/samples/blueprints,
 * system property {@code cadre.blueprint.samples}) under new titles, so every import creates a
 * blueprint (the slowest case); half are the WordPress export, half the text capture.
 *
 * <p>Lives in the services' package to assemble the import exactly as the container does.
 */
public final class BlueprintImportBenchmark {

  private static final Caller HR = new Caller("benchmark", Set.of(Role.HR));
  private static final int WARM_UP = 40;
  private static final int MEASURED = 100;
  private static final int ZIP_DOCUMENTS = 200;

  private BlueprintImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(System.getProperty("cadre.blueprint.samples"));
    byte[] json =
        Files.readAllBytes(samples.resolve("lead-developer-experience-engineer.wordpress.json"));
    byte[] text = Files.readAllBytes(samples.resolve("analytics-engineering-leader.page.txt"));
    System.out.printf(
        "Blueprint import benchmark, %s, %d cores, Java %s%n",
        java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version());
    long[] parse = new long[MEASURED];
    var parser = new org.cadre.services.blueprint.document.BlueprintDocumentParser();
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      Document document = document(json, text, i);
      long start = System.nanoTime();
      parser.parse(document.content(), document.name());
      if (i >= WARM_UP) {
        parse[i - WARM_UP] = System.nanoTime() - start;
      }
    }
    Arrays.sort(parse);
    System.out.printf(
        "Parsing alone: median %.1f ms, p95 %.1f ms%n",
        parse[MEASURED / 2] / 1e6, parse[(int) (MEASURED * 0.95) - 1] / 1e6);
    System.out.println("| database | documents | median ms | p95 ms | max ms | zip of 200 s |");
    System.out.println("|---|---|---|---|---|---|");
    for (DatabaseKind database : DatabaseKind.values()) {
      try (JpaTestContext jpa = JpaTestContext.open(TestDatabases.fresh(database))) {
        int n = 0;
        for (int i = 0; i < WARM_UP; i++) {
          importOne(jpa, document(json, text, n++));
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
          long start = System.nanoTime();
          importOne(jpa, document(json, text, n++));
          times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        byte[] zip = zip(json, text, n);
        long start = System.nanoTime();
        List<ImportResult> results = importZip(jpa, zip);
        double zipSeconds = (System.nanoTime() - start) / 1e9;
        long created =
            results.stream().filter(r -> r.outcome() == ImportResult.Outcome.CREATED).count();
        if (created != ZIP_DOCUMENTS) {
          throw new IllegalStateException("the zip created " + created + " blueprints");
        }
        System.out.printf(
            "| %s | %d (after %d warm-up) | %.1f | %.1f | %.1f | %.1f |%n",
            database,
            MEASURED,
            WARM_UP,
            times[MEASURED / 2] / 1e6,
            times[(int) (MEASURED * 0.95) - 1] / 1e6,
            times[MEASURED - 1] / 1e6,
            zipSeconds);
      }
    }
    System.exit(0);
  }

  private static void importOne(JpaTestContext jpa, Document document) {
    jpa.run(
        em ->
            on(em)
                .blueprintImport(ImportSettings.of(Map.of()))
                .importDocument(HR, document.content(), document.name()));
  }

  /**
   * The zip's documents are imported as the server does it: read once, then each document in a
   * transaction of its own.
   */
  private static List<ImportResult> importZip(JpaTestContext jpa, byte[] zip) {
    List<ImportResult> results = new ArrayList<>();
    for (ZipDocuments.Entry entry :
        ZipDocuments.read(zip, "bench.zip", ImportSettings.of(Map.of()))) {
      results.add(
          jpa.inTransaction(
              em ->
                  on(em)
                      .blueprintImport(ImportSettings.of(Map.of()))
                      .importDocument(HR, entry.content(), entry.name())));
    }
    return results;
  }

  private record Document(String name, byte[] content) {}

  /** The n-th document: a sample under a title of its own. */
  private static Document document(byte[] json, byte[] text, int n) {
    if (n % 2 == 0) {
      JsonObject post = Json.createReader(new ByteArrayInputStream(json)).readObject();
      String title = post.getJsonObject("title").getString("rendered");
      JsonObject renamed =
          Json.createObjectBuilder(post)
              .add(
                  "title",
                  Json.createObjectBuilder()
                      .add(
                          "rendered",
                          title.replace(
                              "Lead Developer Experience Engineer",
                              "Lead Developer Experience Engineer " + n)))
              .build();
      return new Document(
          "doc-" + n + ".json", renamed.toString().getBytes(StandardCharsets.UTF_8));
    }
    String page =
        new String(text, StandardCharsets.UTF_8)
            .replace("Analytics Engineering Leader:", "Analytics Engineering Leader " + n + ":");
    return new Document("doc-" + n + ".txt", page.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] zip(byte[] json, byte[] text, int first) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < ZIP_DOCUMENTS; i++) {
        Document document = document(json, text, first + i);
        zip.putNextEntry(new ZipEntry(document.name()));
        zip.write(document.content());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
