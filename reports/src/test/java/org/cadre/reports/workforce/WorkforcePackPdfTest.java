package org.cadre.reports.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.reports.pdf.FilledReport;
import org.junit.jupiter.api.Test;

class WorkforcePackPdfTest {

  private static final Path PAGES = Path.of("target", "workforce-pack");

  static byte[] pdf(WorkforcePack pack, Locale language) {
    try (FilledReport report =
        WorkforcePackPdf.fill(pack, PackLabels.of(language), null, page -> {})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      report.writePdf(out, page -> {});
      return out.toByteArray();
    }
  }

  static List<String> outline(PDDocument pdf) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      collect(item, "", titles);
    }
    return titles;
  }

  private static void collect(PDOutlineItem item, String indent, List<String> titles) {
    titles.add(indent + item.getTitle());
    for (PDOutlineItem child : item.children()) {
      collect(child, indent + "  ", titles);
    }
  }

  static void renderPages(byte[] pdf, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(
            renderer.renderImageWithDPI(page, 80),
            "png",
            folder.resolve(String.format("page-%03d.png", page + 1)).toFile());
      }
    }
  }

  static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  @Test
  void printsEverySectionWithABookmarkPerSectionAndUnit() throws IOException {
    WorkforcePack pack = PackFixture.pack(4, UnitDetail.TEAMS);

    byte[] pdf = pdf(pack, Locale.ENGLISH);
    renderPages(pdf, PAGES.resolve("en"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Contents", "Summary", "Headcount bridge", "Headcount and cost by unit")
          .contains("Blueprint mix", "Scenario comparison", "Hiring", "Skills")
          .contains("Appendix: definitions", "Appendix: lineage")
          .contains("Page 1 of " + document.getNumberOfPages());
      List<String> outline = outline(document);
      assertThat(outline).contains("Summary", "Headcount bridge", "Unit pages");
      for (UnitPage page : pack.unitPages()) {
        assertThat(outline).anyMatch(t -> t.strip().equals(page.name() + " (" + page.code() + ")"));
      }
    }
  }

  @Test
  void theContentsGiveThePageEachSectionStartsOn() throws IOException {
    byte[] pdf = pdf(PackFixture.pack(2, UnitDetail.DEPARTMENTS), Locale.ENGLISH);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String contents = pageText(document, 2);
      assertThat(contents).startsWith("Contents");
      int checked = 0;
      for (String line : contents.split("\\R")) {
        java.util.regex.Matcher entry =
            java.util.regex.Pattern.compile("(.+) (\\d+)").matcher(line.strip());
        if (entry.matches() && !line.startsWith("Cadre")) {
          String page = pageText(document, Integer.parseInt(entry.group(2)));
          java.util.regex.Matcher unit =
              java.util.regex.Pattern.compile("(.+) \\((.+)\\)").matcher(entry.group(1));
          if (unit.matches()) {
            assertThat(page).as(line).contains(unit.group(1)).contains(unit.group(2));
          } else {
            assertThat(page).as(line).contains(entry.group(1));
          }
          checked++;
        }
      }
      assertThat(checked).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void aScenarioThatPlansAsTheBaselineSaysSoInsteadOfAnEmptyTable() throws IOException {
    WorkforcePack pack =
        PackFixture.withScenario(
            PackFixture.pack(1, UnitDetail.DEPARTMENTS),
            new ScenarioSection("copy", List.of(), BigDecimal.ZERO, BigDecimal.ZERO));

    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Scenario comparison", "The scenario plans the same as the baseline.")
          .doesNotContain("Total difference", "Baseline FTE");
    }
  }

  @Test
  void aPackWithoutHiringSkillsOrScenarioLeavesThemOutAndDefinesNoneOfTheirNumbers()
      throws IOException {
    WorkforcePack pack = PackFixture.headcountOnly(PackFixture.pack(2, UnitDetail.DEPARTMENTS));

    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Summary", "Five largest gaps", "Appendix: definitions", "Planned FTE:")
          .doesNotContain("Critical skills at risk", "Scenario comparison", "Hiring", "Skills");
      assertThat(outline(document)).doesNotContain("Hiring", "Skills", "Scenario comparison");
    }
  }

  @Test
  void aGroupWithoutLinesBelowItIsPrintedUnderItsOwnNameNotAsATotal() throws IOException {
    WorkforcePack pack = PackFixture.pack(2, UnitDetail.DEPARTMENTS);
    WorkforcePack groupsOnly =
        PackFixture.withUnits(
            pack, pack.units().stream().filter(r -> r.line() != UnitRow.Line.UNIT).toList());

    try (PDDocument document = Loader.loadPDF(pdf(groupsOnly, Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Engineering", "Total ").doesNotContain("Total Engineering");
    }
    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.ENGLISH))) {
      assertThat(new PDFTextStripper().getText(document)).contains("Total Engineering");
    }
  }

  @Test
  void hiringWithoutApplicationsSaysSoInsteadOfAnEmptyFunnel() throws IOException {
    WorkforcePack pack = PackFixture.pack(1, UnitDetail.DEPARTMENTS);
    HiringSection none =
        new HiringSection(
            "2027-01-01",
            "2027-01-15",
            List.of(new HiringSection.FunnelStage("Applied", 0)),
            0,
            null,
            0,
            0,
            List.of(new HiringSection.AgeBand(0, 29, 0, BigDecimal.ZERO)));

    try (PDDocument document =
        Loader.loadPDF(pdf(PackFixture.withHiring(pack, none), Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("No application to these units reached a stage in these days.")
          .as("no funnel table")
          .doesNotContain("Applied");
    }
    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.ENGLISH))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Sourced", "Interview", "from 2027-01-01 to 2027-01-15")
          .doesNotContain("No application to these units");
    }
  }

  @Test
  void hiringPrintsTheRequisitionsOpenOnItsLastDayByAgeInBothLanguages() throws IOException {
    WorkforcePack pack = PackFixture.pack(1, UnitDetail.DEPARTMENTS);

    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Open requisitions by age on 2027-01-15")
          .contains("Open for Requisitions FTE")
          .contains("Under 30 days 3 2.5")
          .contains("30\u201359 days 2 2.0")
          .contains("60\u201389 days 0 0.0")
          .contains("90 days and over 1 0.5");
    }
    try (PDDocument document = Loader.loadPDF(pdf(pack, Locale.GERMAN))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Offene Stellenanforderungen nach Alter am 2027-01-15")
          .contains("Unter 30 Tagen 3 2,5")
          .contains("90 Tage und mehr 1 0,5");
    }
  }

  @Test
  void theSummaryTrendShowsTheLastFourQuartersOfALongerPeriod() {
    WorkforcePack pack = PackFixture.pack(2, UnitDetail.DEPARTMENTS);
    List<QuarterTotals> fiveQuarters = new ArrayList<>(pack.trend());
    fiveQuarters.add(
        0,
        new QuarterTotals("2026-Q4", pack.trend().get(0).figures(), pack.trend().get(0).status()));

    java.util.Map<String, Object> parameters =
        WorkforcePackPdf.parameters(
            PackFixture.withTrend(pack, fiveQuarters), PackLabels.of(Locale.ENGLISH));

    List<Object> summaryQuarters = new ArrayList<>();
    for (Object row : (List<?>) parameters.get("SUMMARY_TREND")) {
      summaryQuarters.add(((java.util.Map<?, ?>) row).get("quarter"));
    }
    assertThat(summaryQuarters).containsExactly("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");
    assertThat((List<?>) parameters.get("TREND")).hasSize(5);
  }

  @Test
  void theGermanPackHasGermanHeadingsAndNumbers() throws IOException {
    byte[] pdf = pdf(PackFixture.pack(2, UnitDetail.DEPARTMENTS), Locale.GERMAN);
    renderPages(pdf, PAGES.resolve("de"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Inhalt", "Zusammenfassung", "Personalbrücke", "Personal und Kosten nach Einheit")
          .contains("Rollenprofil-Mix", "Anhang: Definitionen", "Seite 1 von")
          .contains("39.130.000")
          .doesNotContain("Headcount bridge", "Page 1 of");
      assertThat(outline(document)).contains("Zusammenfassung", "Einheitenseiten");
    }
  }

  @Test
  void aPackFilledThroughASwapFileHasTheSamePages(@org.junit.jupiter.api.io.TempDir Path swap)
      throws IOException {
    WorkforcePack pack = PackFixture.pack(6, UnitDetail.TEAMS);
    List<Integer> filled = new ArrayList<>();
    byte[] inMemory = pdf(pack, Locale.ENGLISH);
    ByteArrayOutputStream swapped = new ByteArrayOutputStream();
    try (FilledReport report =
        WorkforcePackPdf.fill(pack, PackLabels.of(Locale.ENGLISH), swap, filled::add)) {
      report.writePdf(swapped, page -> {});
    }

    try (PDDocument a = Loader.loadPDF(inMemory);
        PDDocument b = Loader.loadPDF(swapped.toByteArray())) {
      assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages());
      assertThat(new PDFTextStripper().getText(b)).isEqualTo(new PDFTextStripper().getText(a));
      assertThat(filled).as("pages told as they were filled").hasSize(a.getNumberOfPages());
    }
    try (java.util.stream.Stream<Path> left = Files.list(swap)) {
      assertThat(left).as("the swap file is deleted").isEmpty();
    }
  }
}
