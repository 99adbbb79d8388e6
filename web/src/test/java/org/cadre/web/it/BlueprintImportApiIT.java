package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Importing, revising and publishing blueprints through the REST API, and what it refuses. */
class BlueprintImportApiIT extends ApiTest {

  /** Cadre's sample documents, docs/samples/blueprints (set by the build). */
  private static final Path SAMPLES = Path.of(System.getProperty("cadre.blueprint.samples"));

  private static final String JSON_SAMPLE = "lead-developer-experience-engineer.wordpress.json";
  private static final String TEXT_SAMPLE = "analytics-engineering-leader.page.txt";

  private HttpResponse<byte[]> importAs(String user, String name, byte[] document) {
    return http.post(
        "api/blueprints/import?filename=" + name,
        user,
        "demo",
        "application/octet-stream",
        document);
  }

  private int libraryTotal() {
    return object(http.get("api/blueprints?size=1", "hr", "demo")).getInt("total");
  }

  private int catalogueTotal() {
    return object(http.get("api/competencies?size=1", "hr", "demo")).getInt("total");
  }

  @Test
  void importsRevisesComparesAndPublishesTheWordPressSample() throws IOException {
    byte[] sample = Files.readAllBytes(SAMPLES.resolve(JSON_SAMPLE));

    HttpResponse<byte[]> created = importAs("hr", "lead.json", sample);
    HttpResponse<byte[]> again = importAs("hr", "lead-again.json", sample);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("X-Cadre-Import-Outcome")).contains("CREATED");
    JsonObject draft = object(created);
    long id = draft.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/blueprints/" + id));
    assertThat(draft.getString("title")).isEqualTo("Lead Developer Experience Engineer");
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getJsonArray("technicalSkills")).hasSize(19);
    assertThat(draft.getJsonArray("softSkills")).hasSize(7);
    assertThat(draft.getJsonArray("kpis")).hasSize(12);
    assertThat(draft.getJsonArray("tools")).hasSize(22);
    assertThat(draft.getJsonArray("scorecard")).hasSize(7);
    assertThat(draft.getJsonObject("careerPath").getJsonArray("feeder")).hasSize(4);
    assertThat(draft.getJsonObject("careerPath").getJsonArray("next")).hasSize(4);
    assertThat(draft.getJsonObject("careerPath").getJsonArray("adjacent")).hasSize(3);
    assertThat(draft.getJsonArray("sections")).hasSize(20);
    assertThat(draft.getJsonObject("source").getString("format")).isEqualTo("WORDPRESS_JSON");
    JsonObject firstSkill = draft.getJsonArray("technicalSkills").getJsonObject(0);
    assertThat(firstSkill.getString("tier")).isEqualTo("MUST_HAVE");
    assertThat(firstSkill.getString("importance")).isEqualTo("CRITICAL");
    assertThat(firstSkill.getJsonNumber("competencyId")).isNotNull();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("X-Cadre-Import-Outcome")).contains("UNCHANGED");
    assertThat(object(again).getInt("revision")).isEqualTo(1);

    HttpResponse<byte[]> revised = importAs("hr", "lead-v2.json", changedImportance(sample));
    JsonArray history =
        Http.json(http.get("api/blueprints/" + id + "/revisions", "hr", "demo")).asJsonArray();
    JsonObject diff = object(http.get("api/blueprints/" + id + "/diff?from=1&to=2", "hr", "demo"));

    assertThat(revised.statusCode()).isEqualTo(201);
    assertThat(object(revised).getInt("revision")).isEqualTo(2);
    assertThat(history).hasSize(2);
    JsonArray changes = diff.getJsonArray("changes");
    assertThat(changes).hasSize(1);
    assertThat(changes.getJsonObject(0).getString("area")).isEqualTo("TECHNICAL_SKILLS");
    assertThat(changes.getJsonObject(0).getString("subject"))
        .isEqualTo(firstSkill.getString("name"));
    assertThat(changes.getJsonObject(0).getString("detail"))
        .isEqualTo("importance Critical → Optional");

    assertThat(http.get("api/blueprints/" + id, "manager", "demo").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> published =
        http.post(
            "api/blueprints/" + id + "/publish", "hr", "demo", "application/json", new byte[0]);
    HttpResponse<byte[]> twice =
        http.post(
            "api/blueprints/" + id + "/publish", "hr", "demo", "application/json", new byte[0]);
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(object(published).getString("status")).isEqualTo("PUBLISHED");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(object(http.get("api/blueprints/" + id, "manager", "demo")).getInt("revision"))
        .isEqualTo(2);
    assertThat(
            http.post(
                    "api/blueprints/" + id + "/publish",
                    "manager",
                    "demo",
                    "application/json",
                    new byte[0])
                .statusCode())
        .isEqualTo(403);
  }

  /** The sample with its first "Critical" importance worded "Optional". */
  private static byte[] changedImportance(byte[] sample) {
    JsonObject post = Json.createReader(new ByteArrayInputStream(sample)).readObject();
    String html = post.getJsonObject("content").getString("rendered");
    String changed = html.replaceFirst("<strong>Critical</strong>", "<strong>Optional</strong>");
    assertThat(changed).isNotEqualTo(html);
    return Json.createObjectBuilder(post)
        .add("content", Json.createObjectBuilder().add("rendered", changed))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void importsTheTextSampleAsAMultipartUploadAndGivesItsWorkbookAndProfile() throws IOException {
    byte[] sample = Files.readAllBytes(SAMPLES.resolve(TEXT_SAMPLE));
    String boundary = "cadre-test-boundary";
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leader.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    multipart.write(sample);
    multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> created =
        http.post(
            "api/blueprints/import",
            "hr",
            "demo",
            "multipart/form-data; boundary=" + boundary,
            multipart.toByteArray());

    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject blueprint = object(created);
    long id = blueprint.getJsonNumber("id").longValue();
    assertThat(blueprint.getString("title")).isEqualTo("Analytics Engineering Leader");
    assertThat(blueprint.getJsonObject("source").getString("fileName")).isEqualTo("leader.txt");
    assertThat(blueprint.getJsonArray("warnings")).isNotEmpty();

    HttpResponse<byte[]> xlsx = http.get("api/blueprints/" + id + ".xlsx", "hr", "demo");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Skills");
      // 15 technical and 6 soft skills, 10 KPIs, 14 tools, 4 + 4 + 3 roles of the career path
      assertThat(workbook.getSheet("Skills").getLastRowNum()).isEqualTo(15 + 6);
      assertThat(workbook.getSheet("KPIs").getLastRowNum()).isEqualTo(10);
      assertThat(workbook.getSheet("Tools").getLastRowNum()).isEqualTo(14);
      assertThat(workbook.getSheet("Career path").getLastRowNum()).isEqualTo(11);
    }
    HttpResponse<byte[]> pdf = http.get("api/blueprints/" + id + "/profile.pdf", "hr", "demo");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Analytics Engineering Leader")
          .contains("KPI and why it matters")
          .contains("Feeder roles")
          .contains("Must-have");
    }

    JsonObject draft = object(http.get("api/blueprints/" + id, "hr", "demo"));
    long version = draft.getJsonNumber("version").longValue();
    String edit =
        Json.createObjectBuilder()
            .add("version", version)
            .add("title", "Analytics Engineering Leader")
            .add("family", "Engineering")
            .add("level", "HEAD")
            .add("track", "MANAGEMENT")
            .build()
            .toString();
    HttpResponse<byte[]> saved = http.put("api/blueprints/" + id + "/draft", "hr", "demo", edit);
    HttpResponse<byte[]> stale = http.put("api/blueprints/" + id + "/draft", "hr", "demo", edit);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(object(saved).getString("level")).isEqualTo("HEAD");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(object(stale).getString("detail"))
        .startsWith("Someone else changed this blueprint since you opened it");
  }

  @Test
  void refusesDocumentsWithoutABlueprintWithA4xxAndStoresNothing() throws IOException {
    int blueprints = libraryTotal();
    int competencies = catalogueTotal();
    byte[] sample = Files.readAllBytes(SAMPLES.resolve(JSON_SAMPLE));
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    corpus.put("empty.txt", new byte[0]);
    corpus.put("blank.txt", "   \n\n  \t ".getBytes(StandardCharsets.UTF_8));
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    corpus.put("noise.bin", noise);
    corpus.put("truncated.json", java.util.Arrays.copyOf(sample, 2000));
    corpus.put("users.json", "{\"users\": [{\"name\": \"Ana\"}]}".getBytes(StandardCharsets.UTF_8));
    corpus.put(
        "empty-post.json",
        "{\"title\":{\"rendered\":\"x\"},\"content\":{\"rendered\":\"\"}}"
            .getBytes(StandardCharsets.UTF_8));
    corpus.put("array.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
    corpus.put(
        "soup.html",
        "<html><body><h1>Lentil soup</h1><p>Boil the lentils.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8));
    corpus.put(
        "nested.html",
        ("<html><body>"
                + "<div>".repeat(100_000)
                + "deep"
                + "</div>".repeat(100_000)
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8));
    corpus.put(
        "renamed.docx", "This is a plain note, not a Word file.".getBytes(StandardCharsets.UTF_8));
    corpus.put("fake.docx", zip("notes/readme.txt", "just a zip".getBytes(StandardCharsets.UTF_8)));
    corpus.put("bomb.docx", bomb("word/document.xml", 200L * 1024 * 1024));
    corpus.put(
        "report.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
    corpus.put("line.txt", "x".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
    corpus.put(
        "entities.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>"
            .getBytes(StandardCharsets.UTF_8));
    corpus.put("utf16.txt", "Meeting notes, nothing more.".getBytes(StandardCharsets.UTF_16));

    for (Map.Entry<String, byte[]> document : corpus.entrySet()) {
      HttpResponse<byte[]> response = importAs("hr", document.getKey(), document.getValue());
      assertThat(response.statusCode()).as(document.getKey()).isEqualTo(422);
      assertThat(Http.contentType(response))
          .as(document.getKey())
          .startsWith("application/problem+json");
      String detail = object(response).getString("detail");
      assertThat(detail)
          .as(document.getKey())
          .startsWith(document.getKey() + ": ")
          .doesNotContain("root:");
    }
    HttpResponse<byte[]> huge = importAs("hr", "huge.txt", new byte[60 * 1024 * 1024]);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(object(huge).getString("detail"))
        .isEqualTo("huge.txt is larger than 10 MB, the most this upload accepts.");
    HttpResponse<byte[]> zipBomb =
        http.post(
            "api/blueprints/import-zip?filename=bomb.zip",
            "hr",
            "demo",
            "application/zip",
            bomb("bomb.txt", 500L * 1024 * 1024));
    assertThat(zipBomb.statusCode()).isEqualTo(413);
    assertThat(corpus.size() + 2).isGreaterThanOrEqualTo(15);

    assertThat(libraryTotal()).isEqualTo(blueprints);
    assertThat(catalogueTotal()).isEqualTo(competencies);
  }

  @Test
  void letsOnlyHrAndAdminsImportAndMerge() throws IOException {
    byte[] document =
        Files.readAllBytes(
            Path.of("src/test/resources/documents/site-reliability-lead.wordpress.json"));

    assertThat(
            http.post("api/blueprints/import", null, null, "application/json", document)
                .statusCode())
        .isEqualTo(401);
    assertThat(importAs("manager", "x.json", document).statusCode()).isEqualTo(403);
    assertThat(importAs("leader", "x.json", document).statusCode()).isEqualTo(403);
    assertThat(
            http.post(
                    "api/blueprints/import-zip",
                    "manager",
                    "demo",
                    "application/zip",
                    zip("a.json", document))
                .statusCode())
        .isEqualTo(403);
    JsonArray found =
        object(http.get("api/competencies?q=modelling", "manager", "demo")).getJsonArray("items");
    assertThat(found).isNotEmpty();
    long one = found.getJsonObject(0).getJsonNumber("id").longValue();
    long other =
        object(http.get("api/competencies?q=sql", "hr", "demo"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            http.post(
                    "api/competencies/" + one + "/merge-into/" + other,
                    "manager",
                    "demo",
                    "application/json",
                    new byte[0])
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post(
                    "api/competencies/" + one + "/merge-into/" + one,
                    "hr",
                    "demo",
                    "application/json",
                    new byte[0])
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aPortalSessionAloneCannotWriteThroughTheApi() throws IOException {
    byte[] document =
        Files.readAllBytes(
            Path.of("src/test/resources/documents/site-reliability-lead.wordpress.json"));
    String patched =
        new String(document, StandardCharsets.UTF_8)
            .replace("Site Reliability Lead", "Reliability Practice Lead");
    long id =
        object(importAs("hr", "practice.json", patched.getBytes(StandardCharsets.UTF_8)))
            .getJsonNumber("id")
            .longValue();
    String session = http.portalSession("hr", "demo");

    HttpResponse<byte[]> forged =
        http.postWithCookie("api/blueprints/" + id + "/publish", session, false);
    HttpResponse<byte[]> fromThePortal =
        http.postWithCookie("api/blueprints/" + id + "/publish", session, true);

    assertThat(http.getWithCookie("api/blueprints/" + id, session).statusCode()).isEqualTo(200);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(fromThePortal.statusCode()).isEqualTo(200);
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** A zip whose one entry expands to {@code size} zero bytes: a few hundred kilobytes packed. */
  private static byte[] bomb(String name, long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1024 * 1024];
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
