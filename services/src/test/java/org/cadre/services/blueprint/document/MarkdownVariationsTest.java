package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadre.services.blueprint.document.TestDocuments.linked;
import static org.cadre.services.blueprint.document.TestDocuments.parseResource;

import java.io.IOException;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.ParsedBlueprint.SoftSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * Markdown written in a wiki rather than by a converter: "##" headings without numbers, "|" tables,
 * bold, code and link marks, skills as bullets with inline labels or nested field bullets.
 */
class MarkdownVariationsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  /**
   * Text saved as Markdown: "##" headings without numbers, "|" tables with a rule under the header,
   * bold, code and link marks, skills as bullets with an em dash and inline labels or nested field
   * bullets, soft skills as a table, career directions as labelled bullets, and a "What 5/3/1 looks
   * like" scorecard.
   */
  @Test
  void readsTextSavedAsMarkdown() throws IOException {
    ParsedBlueprint blueprint = parseResource("principal-ml-platform-engineer.md");

    assertThat(blueprint.title()).isEqualTo("Principal ML Platform Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.PRINCIPAL);
    assertThat(blueprint.summary())
        .isEqualTo(
            "The Principal ML Platform Engineer is a senior individual contributor who designs the"
                + " shared platform on which data scientists train, evaluate and serve models. See"
                + " the series index for related roles.");
    assertThat(blueprint.sections())
        .extracting(s -> s.heading())
        .containsExactly(
            "Role Summary",
            "Core Responsibilities",
            "Technical Skills",
            "KPIs and Productivity Metrics",
            "Tools, Platforms, and Software",
            "Soft Skills",
            "Experience and Qualifications",
            "Career Path",
            "Hiring Scorecard");
    assertThat(blueprint.responsibilities())
        .extracting(g -> g.group(), g -> g.items().size())
        .containsExactly(
            tuple("Strategic responsibilities", 2), tuple("Technical responsibilities", 2));
    assertThat(blueprint.responsibilities().get(0).items().get(0))
        .isEqualTo(
            "Platform direction: Decide which parts of the model lifecycle the platform owns.");
    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Distributed training",
                "data and model parallelism on GPU clusters.",
                "scaling training jobs.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Model serving",
                "batching, autoscaling and canary releases for models.",
                null,
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.GOOD_TO_HAVE,
                "ray and kubeflow internals",
                null,
                "debugging scheduler behaviour.",
                Importance.CONTEXT_SPECIFIC,
                "Context-specific"));
    assertThat(blueprint.kpis())
        .extracting(Kpi::name, Kpi::target, Kpi::frequency)
        .containsExactly(
            tuple("GPU utilisation", "≥ 70%", "Weekly"),
            tuple("Time to first model", "< 10 days", "Quarterly"),
            tuple("Serving p99 latency", "Under 150 ms", "Daily"));
    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                "Orchestration", "kubeflow", "Training pipelines", Commonality.COMMON, "Common"),
            new Tool("Compute", "ray", "Distributed jobs", Commonality.OPTIONAL, "Optional"),
            new Tool(
                "Serving",
                "KServe / Triton",
                "Model endpoints",
                Commonality.CONTEXT_SPECIFIC,
                "Context-specific"));
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Technical writing",
                "Decisions outlive meetings",
                "Design docs with options and trade-offs",
                "Docs are cited in later reviews"),
            new SoftSkill(
                "Mentoring",
                "Platform skills are rare",
                "Pairs with senior engineers on hard designs",
                "Two engineers lead designs alone"));
    assertThat(blueprint.experience().minYears()).isEqualTo(10);
    assertThat(blueprint.education())
        .containsExactly(
            "Degree in computer science, statistics or similar (or equivalent experience).");
    assertThat(blueprint.careerPath().feeder())
        .extracting(CareerRole::title)
        .containsExactly("Staff ML Engineer", "Staff Data Platform Engineer");
    assertThat(blueprint.careerPath().next())
        .extracting(CareerRole::title)
        .containsExactly("Distinguished Engineer", "Head of ML Platform");
    assertThat(blueprint.careerPath().adjacent())
        .containsExactly(new CareerRole("Principal Data Architect", null));
    assertThat(blueprint.scorecard())
        .containsExactly(
            new ScorecardDimension(
                "Platform design",
                linked(
                    "What 5 looks like", "Designs for many teams and years",
                    "What 3 looks like", "Designs a sound single system",
                    "What 1 looks like", "Copies a vendor diagram")),
            new ScorecardDimension(
                "Influence",
                linked(
                    "What 5 looks like", "Changes org-wide practice",
                    "What 3 looks like", "Persuades own team",
                    "What 1 looks like", "Needs authority to act")));
    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored 3 lines of page text after the article (advertising, comments, footer), from"
                + " “---”.",
            "The section headings have no numbers; took the level-2 headings as sections.");
  }
}
