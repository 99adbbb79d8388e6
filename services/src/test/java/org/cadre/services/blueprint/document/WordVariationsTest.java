package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.services.blueprint.document.TestDocuments.bold;
import static org.cadre.services.blueprint.document.TestDocuments.linked;
import static org.cadre.services.blueprint.document.TestDocuments.paragraph;
import static org.cadre.services.blueprint.document.TestDocuments.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.ParsedBlueprint.SoftSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * Word documents of the series typed by hand, written for the tests: bold paragraphs as
 * sub-headings, tables for skills, soft skills, career path and scorecard, no list or heading style
 * definitions, and skills as paragraphs with line breaks or followed by field paragraphs.
 */
class WordVariationsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  /**
   * A Word document typed by hand: bold paragraphs for sub-headings, a skills table with the
   * importance before the description, a soft skills table, a career path table with a column per
   * direction and a "What 5/3/1 looks like" scorecard table.
   */
  @Test
  void readsAWordDocumentWithBoldSubHeadingsAndTablesForEverything() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, "Title", "Lead Mobile Engineer: Role Blueprint");
      paragraph(document, "Heading2", "1) Role Summary");
      paragraph(
          document,
          null,
          "A lead engineer who sets the mobile architecture; not a people manager.");
      paragraph(document, "Heading2", "2) Technical Skills Required");
      bold(document, "Must-have technical skills");
      table(
          document,
          List.of("Skill", "Importance", "Description", "Typical use"),
          List.of(
              "Swift and Kotlin",
              "Critical",
              "Idiomatic, safe code on both platforms.",
              "Every feature."),
          List.of(
              "App release pipelines",
              "Important",
              "Signing, staged rollouts, crash gates.",
              "Weekly releases."));
      bold(document, "Good-to-have technical skills");
      table(
          document,
          List.of("Skill", "Importance", "Description", "Typical use"),
          List.of("Kotlin Multiplatform", "Optional", "Shared business logic.", "New modules."));
      paragraph(document, "Heading2", "3) Soft Skills and Behavioral Capabilities");
      table(
          document,
          List.of("Soft skill", "Why it matters", "How it shows up", "Strong performance"),
          List.of(
              "Design negotiation",
              "Design and engineering trade off constantly.",
              "Offers two options with costs.",
              "Designers ask for early reviews."));
      paragraph(document, "Heading2", "4) Career Path and Progression");
      table(
          document,
          List.of("Feeder roles", "Next roles", "Adjacent roles"),
          List.of("Senior Mobile Engineer", "Staff Mobile Engineer", "Frontend Lead"),
          List.of("Senior iOS Engineer", "Mobile Engineering Manager", ""));
      paragraph(document, "Heading2", "5) Hiring Evaluation Criteria");
      bold(document, "Scorecard dimensions");
      table(
          document,
          List.of("Dimension", "What 5 looks like", "What 3 looks like", "What 1 looks like"),
          List.of(
              "Architecture", "Plans for five apps", "Plans for one app", "Copies a sample app"));
      document.write(out);
      docx = out.toByteArray();
    }

    ParsedBlueprint blueprint = parser.parse(docx, "mobile.docx");

    assertThat(blueprint.title()).isEqualTo("Lead Mobile Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.LEAD);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Swift and Kotlin",
                "Idiomatic, safe code on both platforms.",
                "Every feature.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "App release pipelines",
                "Signing, staged rollouts, crash gates.",
                "Weekly releases.",
                Importance.IMPORTANT,
                "Important"),
            new TechnicalSkill(
                SkillTier.GOOD_TO_HAVE,
                "Kotlin Multiplatform",
                "Shared business logic.",
                "New modules.",
                Importance.OPTIONAL,
                "Optional"));
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Design negotiation",
                "Design and engineering trade off constantly.",
                "Offers two options with costs.",
                "Designers ask for early reviews."));
    assertThat(blueprint.careerPath().feeder())
        .extracting(CareerRole::title)
        .containsExactly("Senior Mobile Engineer", "Senior iOS Engineer");
    assertThat(blueprint.careerPath().next())
        .extracting(CareerRole::title)
        .containsExactly("Staff Mobile Engineer", "Mobile Engineering Manager");
    assertThat(blueprint.careerPath().adjacent())
        .containsExactly(new CareerRole("Frontend Lead", null));
    assertThat(blueprint.scorecard())
        .containsExactly(
            new ScorecardDimension(
                "Architecture",
                linked(
                    "What 5 looks like", "Plans for five apps",
                    "What 3 looks like", "Plans for one app",
                    "What 1 looks like", "Copies a sample app")));
  }

  @Test
  void readsAWordDocumentTypedWithoutListStylesOrHeadingDefinitions() throws IOException {
    // The tools table names its commonality column in words the parser does not know; the
    // column is recognised by its content.
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, "Heading1", "Associate Support Engineer: Role Blueprint");
      paragraph(document, "Heading2", "1) Role Summary");
      paragraph(
          document, null, "An entry-level individual contributor who resolves customer tickets.");
      paragraph(document, "Heading2", "2) Core Responsibilities");
      paragraph(document, null, "• Resolve tickets within the agreed response times.");
      paragraph(document, null, "• Write up fixes so others can reuse them.");
      paragraph(document, "Heading2", "3) Tools, Platforms, and Software");
      table(
          document,
          List.of("Tool category", "Tool", "Primary use", "Typical usage"),
          List.of("Ticketing", "Zendesk", "Customer conversations", "Common"),
          List.of("Knowledge base", "Confluence", "Shared fixes", "Optional"));
      document.write(out);
      docx = out.toByteArray();
    }

    ParsedBlueprint blueprint = parser.parse(docx, "support.docx");

    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.DOCX);
    assertThat(blueprint.title()).isEqualTo("Associate Support Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.ASSOCIATE);
    assertThat(blueprint.responsibilities().get(0).items())
        .containsExactly(
            "Resolve tickets within the agreed response times.",
            "Write up fixes so others can reuse them.");
    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                "Ticketing", "Zendesk", "Customer conversations", Commonality.COMMON, "Common"),
            new Tool(
                "Knowledge base", "Confluence", "Shared fixes", Commonality.OPTIONAL, "Optional"));
  }

  @Test
  void readsSkillsWrittenAsParagraphsWithLineBreaksOrFollowedByFieldParagraphs()
      throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, "Title", "Junior Network Engineer: Role Blueprint");
      paragraph(document, "Heading2", "1) Technical Skills Required");
      paragraph(document, "Heading3", "Must-have technical skills");
      var skill = document.createParagraph().createRun();
      skill.setText("Routing and switching");
      skill.addBreak();
      skill.setText("– Description: VLANs, OSPF and BGP basics.");
      skill.addBreak();
      skill.setText("– Importance: Critical");
      paragraph(document, "Heading2", "2) Soft Skills and Behavioral Capabilities");
      paragraph(document, null, "• Patience with callers");
      paragraph(document, null, "Why it matters: Most problems arrive by phone.");
      paragraph(document, null, "Strong performance: Callers leave knowing what happens next.");
      document.write(out);
      docx = out.toByteArray();
    }

    ParsedBlueprint blueprint = parser.parse(docx, "network.docx");

    assertThat(blueprint.level()).isEqualTo(Level.JUNIOR);
    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Routing and switching",
                "VLANs, OSPF and BGP basics.",
                null,
                Importance.CRITICAL,
                "Critical"));
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Patience with callers",
                "Most problems arrive by phone.",
                null,
                "Callers leave knowing what happens next."));
  }
}
