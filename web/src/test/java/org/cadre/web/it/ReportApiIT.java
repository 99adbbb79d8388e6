package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Leadership report packs through the REST API on the demo data: the PDF's summary and unit pages
 * carry the roll-up API's numbers for the same unit, quarters and scenario; its outline has a
 * bookmark per section and unit; the German pack is in German; a manager's pack stays in their
 * subtree; a pack asked for is made in the background and downloaded.
 */
class ReportApiIT extends ApiTest {

  private static final DecimalFormat FTE =
      new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  private static final DecimalFormat MONEY =
      new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

  private static final Path PAGES = Path.of("target", "report-pages");

  /** The current quarter and the three after it: the quarters the demo plans. */
  private String from;

  private String to;

  @BeforeEach
  void quarters() {
    LocalDate today = LocalDate.now();
    int number = (today.getMonthValue() - 1) / 3 + 1;
    from = today.getYear() + "-Q" + number;
    LocalDate later = today.plusMonths(9);
    to = later.getYear() + "-Q" + ((later.getMonthValue() - 1) / 3 + 1);
  }

  private String period() {
    return "from=" + from + "&to=" + to;
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static List<String> outline(byte[] pdf) throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        collect(item, titles);
      }
    }
    return titles;
  }

  private static void collect(PDOutlineItem item, List<String> titles) {
    titles.add(item.getTitle());
    item.children().forEach(child -> collect(child, titles));
  }

  private static String page(List<String> pages, String containing) {
    return pages.stream()
        .filter(p -> p.contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page holds " + containing));
  }

  private byte[] pdf(String query, String user) {
    HttpResponse<byte[]> response =
        expect(200, http.get("api/reports/workforce.pdf?" + query, user, PASSWORD));
    assertThat(Http.contentType(response)).isEqualTo("application/pdf");
    return response.body();
  }

  private static String fte(JsonObject totals, String field) {
    return FTE.format(totals.getJsonNumber(field).bigDecimalValue());
  }

  private static String money(JsonObject totals, String field) {
    return MONEY.format(totals.getJsonNumber(field).bigDecimalValue());
  }

  @Test
  void theSummaryAndEveryUnitPageCarryTheRollUpApisNumbers() throws IOException {
    byte[] pdf = pdf("orgUnit=ENG-PLAT&" + period() + "&detail=teams", "leader");
    List<String> pages = pages(pdf);
    JsonObject platform = get("api/org-units/ENG-PLAT/headcount?" + period(), "leader");
    List<JsonObject> quarters = platform.getJsonArray("quarters").getValuesAs(JsonObject.class);
    JsonObject last = quarters.get(quarters.size() - 1).getJsonObject("totals");

    String summary = page(pages, "Summary\nAt the end of " + to);
    assertThat(summary)
        .contains("Planned " + fte(last, "plannedFte") + " " + money(last, "annualCost"))
        .contains("Actual (in post) " + fte(last, "actualFte"))
        .contains("Open requisitions " + fte(last, "openRequisitions"))
        .contains("Gap " + fte(last, "gap"));

    List<JsonObject> teams =
        quarters.get(0).getJsonArray("units").getValuesAs(JsonObject.class).stream()
            .filter(u -> !u.getString("code").equals("ENG-PLAT"))
            .toList();
    // the demo's teams, and any that other tests added under Platform: every one has its page
    assertThat(teams)
        .extracting(team -> team.getString("code"))
        .contains("ENG-PLAT-DEVEX", "ENG-PLAT-INFRA", "ENG-PLAT-SEC", "ENG-PLAT-SRE");
    for (JsonObject team : teams) {
      String code = team.getString("code");
      String unitPage = page(pages, "Team in Platform · " + code);
      JsonObject api = get("api/org-units/" + code + "/headcount?" + period(), "leader");
      for (JsonObject quarter : api.getJsonArray("quarters").getValuesAs(JsonObject.class)) {
        JsonObject totals = quarter.getJsonObject("totals");
        assertThat(unitPage)
            .as(code + " " + quarter.getString("period"))
            .contains(
                quarter.getString("period")
                    + " "
                    + fte(totals, "plannedFte")
                    + " "
                    + fte(totals, "actualFte")
                    + " "
                    + fte(totals, "openRequisitions")
                    + " "
                    + fte(totals, "gap")
                    + " "
                    + money(totals, "annualCost"));
      }
    }
  }

  @Test
  void theOutlineHasABookmarkPerSectionAndUnitAndEveryPageIsDrawn() throws IOException {
    byte[] pdf = pdf("orgUnit=ENG&" + period() + "&detail=teams", "hr");

    List<String> outline = outline(pdf);
    assertThat(outline)
        .contains(
            "Summary",
            "Headcount bridge",
            "Headcount and cost by unit",
            "Blueprint mix",
            "Unit pages",
            "Appendix: definitions",
            "Appendix: lineage");
    for (String unit :
        List.of(
            "ENG-PLAT", "ENG-PLAT-SRE", "ENG-PROD", "ENG-PROD-WEB", "ENG-DATA", "ENG-DATA-SCI")) {
      assertThat(outline).anyMatch(title -> title.endsWith("(" + unit + ")"));
    }
    Path folder = PAGES.resolve("engineering");
    Files.createDirectories(folder);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(
            renderer.renderImageWithDPI(page, 72),
            "png",
            folder.resolve(String.format("page-%03d.png", page + 1)).toFile());
      }
      assertThat(folder.resolve(String.format("page-%03d.png", document.getNumberOfPages())))
          .exists();
    }
  }

  @Test
  void theGermanPackHasGermanHeadings() throws IOException {
    byte[] pdf = pdf("orgUnit=OPS&" + period() + "&lang=de", "leader");

    String text = String.join("\n", pages(pdf));
    assertThat(text)
        .contains("Inhalt", "Zusammenfassung", "Personalbrücke", "Personal und Kosten nach Einheit")
        .contains("Rollenprofil-Mix", "Einheitenseiten", "Anhang: Definitionen", "Seite 1 von")
        .doesNotContain("Headcount bridge");
    assertThat(outline(pdf)).contains("Zusammenfassung", "Personalbrücke");
  }

  @Test
  void aManagerCannotMakeAPackOutsideTheirSubtree() throws IOException {
    HttpResponse<byte[]> direct =
        http.get("api/reports/workforce.pdf?orgUnit=OPS&" + period(), "manager", PASSWORD);
    HttpResponse<byte[]> asked =
        http.json(
            "POST",
            "api/reports",
            "manager",
            PASSWORD,
            "{\"type\":\"workforce\",\"orgUnit\":\"OPS\",\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\"}",
            null);
    byte[] own = pdf(period() + "&detail=teams", "manager");

    expect(403, direct);
    assertThat(Http.contentType(direct)).startsWith("application/problem+json");
    assertThat(object(asked).getString("detail")).contains("OPS");
    expect(403, asked);
    List<String> outline = outline(own);
    assertThat(outline).anyMatch(t -> t.endsWith("(ENG-PLAT-SRE)"));
    assertThat(outline).noneMatch(t -> t.endsWith("(OPS)") || t.endsWith("(ENG-PROD)"));
  }

  @Test
  void aPackAskedForIsMadeInTheBackgroundListedAndDownloadedByItsRequesterOnly() throws Exception {
    HttpResponse<byte[]> asked =
        http.json(
            "POST",
            "api/reports",
            "leader",
            PASSWORD,
            "{\"type\":\"workforce\",\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\",\"detail\":\"teams\",\"format\":\"pdf\",\"lang\":\"en\"}",
            null);
    JsonObject run = object(202, asked);
    long id = run.getJsonNumber("id").longValue();
    assertThat(asked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/reports/" + id));

    JsonObject status = run;
    for (int i = 0;
        i < 240 && !List.of("DONE", "FAILED").contains(status.getString("status"));
        i++) {
      Thread.sleep(500);
      status = get("api/reports/" + id, "leader");
    }
    assertThat(status.keySet()).contains("status", "percent", "pages", "error");
    assertThat(status.getString("status")).as(status.toString()).isEqualTo("DONE");
    assertThat(status.getInt("percent")).isEqualTo(100);
    assertThat(status.getInt("pages")).isGreaterThan(28);
    assertThat(status.get("error")).isEqualTo(JsonValue.NULL);

    HttpResponse<byte[]> file =
        expect(200, http.get("api/reports/" + id + "/file", "leader", PASSWORD));
    assertThat(Http.contentType(file)).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(file.body())) {
      assertThat(document.getNumberOfPages()).isEqualTo(status.getInt("pages"));
    }
    HttpResponse<byte[]> preview =
        expect(200, http.get("api/reports/" + id + "/preview.png", "leader", PASSWORD));
    assertThat(ImageIO.read(new ByteArrayInputStream(preview.body())).getWidth())
        .isGreaterThan(500);
    assertThat(
            Http.json(http.get("api/reports", "leader", PASSWORD))
                .asJsonArray()
                .getValuesAs(JsonObject.class))
        .anyMatch(p -> p.getJsonNumber("id").longValue() == id);
    expect(404, http.get("api/reports/" + id, "hr", PASSWORD));
    expect(404, http.get("api/reports/" + id + "/file", "hr", PASSWORD));
  }

  @Test
  void aPackTooLargeToWaitForIsSentToTheBackground() {
    HttpResponse<byte[]> large =
        http.get("api/reports/workforce.pdf?" + period() + "&detail=teams", "hr", PASSWORD);

    expect(413, large);
    assertThat(object(large).getString("detail")).contains("POST /api/reports");
  }

  @Test
  void badParametersAreNamedWithTheirValueAndReason() {
    HttpResponse<byte[]> bad =
        http.get(
            "api/reports/workforce.pdf?orgUnit=ENG&from=2027-Q5&to="
                + to
                + "&detail=everyone&lang=fr",
            "hr",
            PASSWORD);

    JsonObject problem = object(400, bad);
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields).containsExactlyInAnyOrder("from", "detail", "lang");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("value"))
        .isEqualTo("2027-Q5");
  }

  @Test
  void theExcelTwinHasTheSectionsAndTheApisNumbers() throws IOException {
    HttpResponse<byte[]> response =
        expect(
            200,
            http.get("api/reports/workforce.xlsx?orgUnit=PRD&" + period(), "leader", PASSWORD));
    JsonObject product = get("api/org-units/PRD/headcount?" + period(), "leader");
    List<JsonObject> quarters = product.getJsonArray("quarters").getValuesAs(JsonObject.class);
    BigDecimal planned =
        quarters
            .get(quarters.size() - 1)
            .getJsonObject("totals")
            .getJsonNumber("plannedFte")
            .bigDecimalValue();

    assertThat(Http.contentType(response)).isEqualTo(XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(planned.doubleValue());
      assertThat(workbook.getSheet("Units")).isNotNull();
      assertThat(workbook.getSheet("Bridge")).isNotNull();
      assertThat(workbook.getSheet("Blueprint mix")).isNotNull();
      assertThat(workbook.getSheet("Unit pages")).isNotNull();
    }
    assertThat(new String(response.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }
}
