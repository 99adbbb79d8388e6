package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.services.blueprint.document.TestDocuments.bold;
import static org.cadre.services.blueprint.document.TestDocuments.paragraph;
import static org.cadre.services.blueprint.document.TestDocuments.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * An import of Markdown or Word says what it could not read, as an import of a page does: a skill
 * without importance, a field or table column with no place in a blueprint, a tool without
 * commonality, a missing section, and the text around the article that was left out.
 */
class FormatWarningsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  @Test
  void markdownFromAConverterSaysWhatCouldNotBeRead() {
    String markdown =
        """
          * [Home](/)
          * [Roles](/roles/)

        # Senior Survey Statistician: Role Blueprint

        ## 1) Core Responsibilities

          1. **Design samples** for every household survey.

        * * *

        ## 2) KPIs and Productivity Metrics

        Metric| Target| Frequency| Owner
        ---|---|---|---
        Response rate| 70% or more| Per survey| Field lead
        Weighting errors| None| Quarterly| Methods team

        ## 3) Technical Skills Required

        ### Must-have technical skills

          1. **Complex sample design** \s
        - **Description:** stratified and clustered designs. \s
        - **Typical use:** national surveys. \s
        - **Owner:** methods team.

        ## 4) Tools, Platforms, and Software

        Category| Tool| Primary use| Commonality
        ---|---|---|---
        Statistics| R survey package| Weighting and variance|

        ## 5) Final Role Scorecard Summary

        Category| Summary
        ---|---
        Role title| Senior Survey Statistician

        * * *

        Leave a Reply
        """;

    ParsedBlueprint blueprint =
        parser.parse(markdown.getBytes(StandardCharsets.UTF_8), "statistician.md");

    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(blueprint.kpis()).hasSize(2);
    assertThat(blueprint.technicalSkills()).hasSize(1);
    assertThat(blueprint.warnings())
        .containsExactly(
            "Skipped 2 lines of page text before the title (advertising or navigation).",
            "Ignored 2 lines of page text after the article (advertising, comments, footer), from"
                + " “* * *”.",
            "Found no role summary section.",
            "Section “2) KPIs and Productivity Metrics”: ignored the column “Owner” of the KPI"
                + " table.",
            "Section “3) Technical Skills Required”: ignored the field “Owner” of the skill"
                + " “Complex sample design”.",
            "Section “3) Technical Skills Required”: the skill “Complex sample design” has no"
                + " importance.",
            "Section “4) Tools, Platforms, and Software”: the tool “R survey package” has no"
                + " commonality (Common, Optional or Context-specific).",
            "Found no soft skills section.",
            "Found no experience and qualifications section.",
            "Found no career path section.",
            "Found no hiring criteria section.");
  }

  @Test
  void aWordDocumentTypedByHandSaysWhatCouldNotBeRead() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, "Title", "Lead Survey Methodologist: Role Blueprint");
      paragraph(document, "Heading1", "1) Core Responsibilities");
      paragraph(document, null, "• Own the survey methods handbook.");
      paragraph(document, "Heading1", "2) Technical Skills Required");
      bold(document, "Must-have technical skills", null);
      bold(document, "Questionnaire design", " – Critical");
      paragraph(document, null, "Wording, order effects and pretests. Typical use: new surveys.");
      bold(document, "Small area estimation", null);
      paragraph(document, null, "Model-based estimates for small regions.");
      paragraph(document, "Heading1", "3) Soft Skills and Behavioral Capabilities");
      bold(document, "Patient explanation", null);
      paragraph(document, null, "Why it matters: clients are not statisticians. Mood: calm.");
      paragraph(document, "Heading1", "4) Tools, Platforms, and Software");
      table(
          document,
          List.of("Category", "Tool", "Primary use", "Licence"),
          List.of("Statistics", "SAS", "Production weighting", "Paid"));
      document.write(out);
      docx = out.toByteArray();
    }

    ParsedBlueprint blueprint = parser.parse(docx, "methodologist.docx");

    assertThat(blueprint.technicalSkills())
        .extracting(ParsedBlueprint.TechnicalSkill::name)
        .containsExactly("Questionnaire design", "Small area estimation");
    assertThat(blueprint.technicalSkills().get(1).description())
        .isEqualTo("Model-based estimates for small regions.");
    assertThat(blueprint.warnings())
        .containsExactly(
            "Neither the title nor the text says whether the role manages people; took it for an"
                + " individual contributor.",
            "Found no role summary section.",
            "Section “2) Technical Skills Required”: the skill “Small area estimation” has no"
                + " importance.",
            "Section “3) Soft Skills and Behavioral Capabilities”: ignored the field “Mood” of the"
                + " soft skill “Patient explanation”.",
            "Section “4) Tools, Platforms, and Software”: ignored the column “Licence” of the tools"
                + " table.",
            "Section “4) Tools, Platforms, and Software”: the tool “SAS” has no commonality"
                + " (Common, Optional or Context-specific).",
            "Found no KPIs section.",
            "Found no experience and qualifications section.",
            "Found no career path section.",
            "Found no hiring criteria section.");
  }
}
