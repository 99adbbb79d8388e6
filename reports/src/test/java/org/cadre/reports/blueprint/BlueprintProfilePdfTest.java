package org.cadre.reports.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

class BlueprintProfilePdfTest {

  static BlueprintProfile profile(int skillsPerTier) {
    List<BlueprintProfile.Skill> skills = new ArrayList<>();
    String[][] tiers = {
      {"Must-have", "CRITICAL", "Critical"}, {"Good-to-have", "IMPORTANT", "Important"}
    };
    for (String[] tier : tiers) {
      for (int i = 1; i <= skillsPerTier; i++) {
        skills.add(
            new BlueprintProfile.Skill(
                tier[0],
                tier[0] + " skill " + i,
                tier[2],
                tier[1],
                tier[2],
                "Explains what the skill " + i + " covers in the daily work of the team.",
                "Design reviews and incident follow-ups"));
      }
    }
    skills.add(
        new BlueprintProfile.Skill(
            "Emerging", "Policy engines", null, null, "Expert", "Guardrails as code.", null));
    return new BlueprintProfile(
        "Senior Platform Engineer",
        "Senior · Engineering · Individual contributor",
        "Published · revision 2",
        "Builds and runs the internal platform that product teams ship on. Keeps it safe, fast"
            + " and boring — “golden paths” first.",
        skills,
        LocalDate.of(2026, 11, 23));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void showsTheTitleFactsSummaryAndSkillsGroupedByTier() throws IOException {
    byte[] pdf = BlueprintProfilePdf.render(profile(3));
    Path out = Path.of(System.getProperty("java.io.tmpdir"), "blueprint-profile.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);

    String text = text(pdf);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(text)
        .contains("Senior Platform Engineer")
        .contains("Senior · Engineering · Individual contributor")
        .contains("Published · revision 2")
        .contains("“golden paths” first")
        .contains("Technical skills")
        .contains("Must-have skill 3")
        .contains("Good-to-have skill 1")
        .contains("Typical use: Design reviews and incident follow-ups")
        .contains("Expert")
        .contains("Page 1 of 1");
    assertThat(text.indexOf("Must-have")).isLessThan(text.indexOf("Good-to-have"));
    assertThat(text.indexOf("Good-to-have skill 3")).isLessThan(text.indexOf("Emerging"));
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
  void rendersABlueprintWithoutSummaryOrSkills() throws IOException {
    BlueprintProfile empty =
        new BlueprintProfile(
            "Associate Analyst",
            "Associate",
            "Draft · revision 1",
            null,
            List.of(),
            LocalDate.now());

    String text = text(BlueprintProfilePdf.render(empty));

    assertThat(text).contains("Associate Analyst").contains("Draft · revision 1");
    assertThat(text).doesNotContain("Technical skills").doesNotContain("Summary");
  }
}
