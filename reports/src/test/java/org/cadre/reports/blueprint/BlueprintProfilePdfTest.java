package org.cadre.reports.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadre.reports.blueprint.BlueprintProfile.Bullet;
import org.cadre.reports.blueprint.BlueprintProfile.Bullets;
import org.cadre.reports.blueprint.BlueprintProfile.Card;
import org.cadre.reports.blueprint.BlueprintProfile.Cards;
import org.cadre.reports.blueprint.BlueprintProfile.Line;
import org.cadre.reports.blueprint.BlueprintProfile.Row;
import org.cadre.reports.blueprint.BlueprintProfile.Section;
import org.cadre.reports.blueprint.BlueprintProfile.Table;
import org.cadre.reports.blueprint.BlueprintProfile.Text;
import org.junit.jupiter.api.Test;

class BlueprintProfilePdfTest {

  /** A profile with every kind of section; {@code skillsPerTier} makes it as long as needed. */
  static BlueprintProfile profile(int skillsPerTier) {
    List<Card> skills = new ArrayList<>();
    String[][] tiers = {
      {"Must-have", "CRITICAL", "Critical"}, {"Good-to-have", "IMPORTANT", "Important"}
    };
    for (String[] tier : tiers) {
      for (int i = 1; i <= skillsPerTier; i++) {
        skills.add(
            new Card(
                tier[0],
                tier[0] + " skill " + i,
                tier[2],
                tier[1],
                List.of(
                    new Line(null, "Explains what the skill " + i + " covers in the daily work."),
                    new Line("Typical use:", "Design reviews and incident follow-ups"))));
      }
    }
    skills.add(
        new Card(
            "Emerging",
            "Policy engines",
            "Expert",
            null,
            List.of(new Line(null, "Guardrails as code."))));
    List<Section> sections =
        List.of(
            new Text("Summary", "Builds and runs the internal platform — “golden paths” first."),
            new Bullets(
                "Responsibilities",
                List.of(
                    new Bullet("Strategy", "Set the platform roadmap with product teams."),
                    new Bullet(
                        "Operations", "Keep the clusters within <error budget> & on cost."))),
            new Cards("Technical skills", skills),
            new Table(
                "KPIs",
                List.of("KPI and why it matters", "What it measures", "Target", "Frequency"),
                List.of(
                    new Row(
                        "Lead time", "Shows flow", "Commit to production", "< 1 day", "Weekly"))),
            new Cards(
                "Hiring scorecard",
                List.of(
                    new Card(
                        null,
                        "Systems design",
                        null,
                        null,
                        List.of(new Line("What 5 looks like:", "Designs for failure first."))))),
            new Text("Risks", "Platform sprawl."));
    return new BlueprintProfile(
        "Senior Platform Engineer",
        "Senior · Engineering · Individual contributor",
        "Published · revision 2",
        LocalDate.of(2026, 11, 23),
        sections);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void showsEverySectionInOrder() throws IOException {
    byte[] pdf = BlueprintProfilePdf.render(profile(3));
    Path out = Path.of(System.getProperty("java.io.tmpdir"), "blueprint-profile.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);

    String text = text(pdf);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(text)
        .contains("Senior Platform Engineer")
        .contains("Senior · Engineering · Individual contributor")
        .contains("Published · revision 2")
        .contains("“golden paths” first")
        .contains("Set the platform roadmap")
        .contains("Must-have skill 3")
        .contains("Typical use: Design reviews")
        .contains("Expert")
        .contains("Lead time")
        .contains("Commit to production")
        .contains("Weekly")
        .contains("What 5 looks like: Designs for failure first.")
        .contains("Platform sprawl.")
        .contains("Page 1 of");
    List<String> order =
        List.of(
            "Summary", "Responsibilities", "Technical skills", "KPIs", "Hiring scorecard", "Risks");
    for (int i = 1; i < order.size(); i++) {
      assertThat(text.indexOf(order.get(i - 1))).isLessThan(text.indexOf(order.get(i)));
    }
  }

  @Test
  void printsUserTextLiterallyEvenWhereTheTemplateUsesMarkup() throws IOException {
    String text = text(BlueprintProfilePdf.render(profile(1)));

    assertThat(text).contains("Keep the clusters within <error budget> & on cost.");
  }

  @Test
  void embedsItsFontsSoThePrintoutNeverDependsOnTheReader() throws IOException {
    try (PDDocument document = Loader.loadPDF(BlueprintProfilePdf.render(profile(1)))) {
      PDPage page = document.getPage(0);
      List<PDFont> fonts = new ArrayList<>();
      for (var name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
      assertThat(fonts).allMatch(f -> f.getName().contains("DejaVu"));
    }
  }

  @Test
  void runsOverSeveralPagesWithPageNumbers() throws IOException {
    byte[] pdf = BlueprintProfilePdf.render(profile(30));
    int pages;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
    }

    assertThat(pages).isGreaterThan(2);
    assertThat(text(pdf))
        .contains("Page 1 of " + pages)
        .contains("Page " + pages + " of " + pages)
        .contains("Good-to-have skill 30");
  }

  @Test
  void rendersABlueprintWithNoSections() throws IOException {
    BlueprintProfile empty =
        new BlueprintProfile(
            "Associate Analyst", "Associate", "Draft · revision 1", LocalDate.now(), List.of());

    String text = text(BlueprintProfilePdf.render(empty));

    assertThat(text).contains("Associate Analyst").contains("Draft · revision 1");
  }
}
