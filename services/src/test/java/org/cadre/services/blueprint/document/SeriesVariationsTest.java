package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.ParsedBlueprint.SoftSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * Documents written for the tests (in our own words) the way other documents of the series and
 * other captures of them may differ from the two samples: numbering and heading styles, column
 * orders and extra columns, skills as tables or paragraphs, lower-case tool names, scorecard
 * shapes, career paths as tables, garbled text of both code pages, blog themes, and advertising
 * inside the article.
 */
class SeriesVariationsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  /**
   * A text capture with "1." section numbers, advertising above, inside (a unit of the site's
   * adverts and an "Advertisement" label) and below the article, text garbled both as Windows-874
   * and as Windows-1252, a six-column KPI table with money and percent targets, lower-case tool
   * names and goal horizons worded as "By day 90" or "Year one".
   */
  @Test
  void readsATextCaptureWithAdvertsInsideAndBothKindsOfGarbledText() throws IOException {
    ParsedBlueprint blueprint = parseResource("site-reliability-manager.page.txt");

    assertThat(blueprint.title()).isEqualTo("Site Reliability Manager");
    assertThat(blueprint.level()).isEqualTo(Level.MANAGER);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.family()).isEqualTo("Production Engineering");
    assertThat(blueprint.sections()).hasSize(14);
    assertThat(blueprint.sections().get(1).text())
        .isEqualTo(
            "Core mission: Make reliability a measured, budgeted property of every service — not"
                + " an afterthought.");
    assertThat(String.join("\n", blueprint.sections().stream().map(s -> s.text()).toList()))
        .doesNotContain("Language Schools", "Advertisement", "Dentists", "Dental", "â€", "โ€");

    assertThat(blueprint.activities())
        .extracting(g -> g.group())
        .containsExactly("Daily activities", "Weekly activities");
    assertThat(blueprint.deliverables().get(0).items()).hasSize(3);
    assertThat(blueprint.goals())
        .extracting(g -> g.group())
        .containsExactly("First 30 days", "By day 90", "Month six", "Year one");

    assertThat(blueprint.kpis())
        .containsExactly(
            new Kpi(
                "Availability of tier-1 services",
                "Share of minutes the services answer correctly",
                "Customers leave when checkout fails",
                "≥ 99.95% per month",
                "Monthly"),
            new Kpi(
                "Pages per on-call shift",
                "Alerts that woke someone up",
                "Burnout drives attrition",
                "Fewer than 2 per night",
                "Weekly"),
            new Kpi(
                "Mean time to recover",
                "Minutes from detection to mitigation",
                "Shorter outages cost less",
                "Under 30 minutes for P1",
                "Monthly"),
            new Kpi(
                "Cloud spend per 1,000 requests",
                "Infrastructure cost divided by traffic",
                "Growth should not double cost",
                "< $0.12 per 1,000 requests",
                "Monthly"),
            new Kpi(
                "Postmortem action closure",
                "% of actions closed by the due date",
                "Learning only counts when acted on",
                "90% within 30 days",
                "Quarterly"));

    assertThat(blueprint.technicalSkills())
        .extracting(
            TechnicalSkill::tier,
            TechnicalSkill::name,
            TechnicalSkill::importance,
            TechnicalSkill::importanceText)
        .containsExactly(
            tuple(SkillTier.MUST_HAVE, "Incident command", Importance.CRITICAL, "Critical"),
            tuple(
                SkillTier.MUST_HAVE,
                "Observability design",
                Importance.IMPORTANT,
                "Important to Critical depending on org"),
            tuple(SkillTier.GOOD_TO_HAVE, "Capacity modelling", Importance.OPTIONAL, "Optional"),
            tuple(SkillTier.ADVANCED, "Chaos engineering", null, "Expert"));
    assertThat(blueprint.softSkills())
        .extracting(SoftSkill::name, SoftSkill::strongPerformance)
        .containsExactly(
            tuple("Calm under pressure", "Incidents end with fewer side effects and no blame."),
            tuple("Coaching", "Engineers lead incidents without help within a year."));

    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                "Kubernetes tooling",
                "kubectl",
                "Inspecting and changing cluster state",
                Commonality.COMMON,
                "Common"),
            new Tool(
                "Load testing",
                "k6",
                "Scripted load tests in CI",
                Commonality.OPTIONAL,
                "Optional"),
            new Tool(
                "Scripting", "bash / jq", "Glue code for runbooks", Commonality.COMMON, "Common"),
            new Tool(
                "Paging",
                "PagerDuty",
                "On-call schedules and escalation",
                Commonality.COMMON,
                "Common"),
            new Tool(
                "Status pages",
                "Atlassian Statuspage",
                "Customer-facing incident updates",
                Commonality.CONTEXT_SPECIFIC,
                "Context-specific"),
            new Tool(
                "Observability",
                "Grafana + Prometheus",
                "Dashboards and alert rules",
                Commonality.COMMON,
                "Common (self-hosted in some orgs)"));

    assertThat(blueprint.experience().minYears()).isEqualTo(7);
    assertThat(blueprint.experience().maxYears()).isEqualTo(10);
    assertThat(blueprint.certifications())
        .containsExactly("Certified Kubernetes Administrator (CKA)", "ITIL 4 Foundation");
    assertThat(blueprint.careerPath().feeder())
        .containsExactly(
            new CareerRole("Senior Site Reliability Engineer", null),
            new CareerRole("Infrastructure Team Lead", "with on-call ownership"));
    assertThat(blueprint.careerPath().next().get(1))
        .isEqualTo(
            new CareerRole(
                "Head of Infrastructure", "for companies with one infrastructure group"));
    assertThat(blueprint.scorecard())
        .extracting(d -> d.dimension())
        .containsExactly(
            "Incident leadership",
            "Reliability strategy",
            "People development",
            "Stakeholder communication");

    assertThat(blueprint.warnings())
        .containsExactly(
            "Skipped 5 lines of page text before the title (advertising or navigation).",
            "Skipped 5 lines of advertising inside the article, from “Find the Best Language"
                + " Schools”.",
            "Ignored 6 lines of page text after the article (advertising, comments, footer), from"
                + " “Find Trusted Family Dentists”.",
            "Repaired 5 garbled characters from UTF-8 text that had been read as Windows-874"
                + " (Thai) and as Windows-1252 (Western European) (e.g. “โ€œ” became ““”); check"
                + " punctuation and accented letters.",
            "Section “7) KPIs and Productivity Metrics”: ignored the column “Data source” of the"
                + " KPI table.");
  }

  /**
   * A saved page of another blog theme: "Section N:" headings, the title only in the Open Graph
   * metadata, a cookie banner, share buttons, an in-article advert, a sidebar whose headings are
   * numbered like sections, related-post widgets and a newsletter form after the last section, and
   * tables with other column orders and extra columns: skills with a tier column, a KPI table
   * starting with its target and frequency and ending with an owner, a tools table starting with
   * the tool, a career path table with a row per direction and a meets/exceeds-bar scorecard.
   */
  @Test
  void readsASavedPageOfAnotherThemeWithTablesInOtherShapes() throws IOException {
    ParsedBlueprint blueprint = parseResource("senior-analytics-engineer.html");

    assertThat(blueprint.title()).isEqualTo("Senior Analytics Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.SENIOR);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Data & Insights");
    assertThat(blueprint.source().url())
        .isEqualTo("https://talentnotes.example.com/blueprints/senior-analytics-engineer/");
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
    assertThat(blueprint.sections())
        .extracting(s -> s.heading())
        .containsExactly(
            "Role Summary",
            "Core Responsibilities",
            "Technical Skills Required",
            "Soft Skills and Behavioral Capabilities",
            "KPIs and Productivity Metrics",
            "Tools, Platforms, and Software",
            "Required Experience and Qualifications",
            "Career Path and Progression",
            "Hiring Evaluation Criteria",
            "Final Role Scorecard Summary");
    assertThat(String.join("\n", blueprint.sections().stream().map(s -> s.text()).toList()))
        .doesNotContain(
            "cookies",
            "Share on",
            "Sponsored",
            "Popular",
            "You may also like",
            "Related posts",
            "Newsletter",
            "thoughts",
            "©");
    assertThat(blueprint.responsibilities().get(0).items()).hasSize(3);

    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "SQL and dimensional modelling",
                "Star schemas, slowly changing dimensions, window functions.",
                "Building the reporting marts.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "dbt",
                "Models, tests, macros and documentation.",
                "Every change to the warehouse.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.GOOD_TO_HAVE,
                "Python for data work",
                "Small transformations and checks outside SQL.",
                "Ingestion helpers and notebooks.",
                Importance.IMPORTANT,
                "Important"),
            new TechnicalSkill(
                SkillTier.EMERGING,
                "Semantic layers",
                "Metric definitions served to every tool.",
                "Consistent revenue numbers.",
                Importance.OPTIONAL,
                "Optional"));
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Clear writing",
                "Models are only used when people understand them.",
                "Writes model descriptions and change notes.",
                "Analysts answer their own questions from the docs."),
            new SoftSkill(
                "Saying no with data",
                "Every team wants its own metric.",
                "Shows the cost of a one-off metric.",
                "Fewer duplicate dashboards each quarter."));
    assertThat(blueprint.kpis())
        .containsExactly(
            new Kpi(
                "Model test coverage",
                "Share of models with at least one test",
                "Untested models break silently",
                "≥ 95% of models with tests",
                "Monthly"),
            new Kpi(
                "Warehouse cost",
                "Compute spend of scheduled models",
                "Cost grows faster than value",
                "< €8,000 per month",
                "Monthly"),
            new Kpi(
                "Freshness incidents",
                "Reports shown with stale data",
                "Trust drops after one bad number",
                "0 per quarter",
                "Per incident"));
    assertThat(blueprint.tools())
        .extracting(Tool::category, Tool::tool, Tool::use, Tool::commonality)
        .containsExactly(
            tuple("Transformation", "dbt Core", "Building and testing models", Commonality.COMMON),
            tuple(
                "Infrastructure",
                "kubectl",
                "Checking scheduled jobs on clusters",
                Commonality.CONTEXT_SPECIFIC),
            tuple("Warehouse", "Snowflake", "Storage and compute", Commonality.COMMON),
            tuple(
                "Code quality", "sqlfluff", "Linting SQL in pull requests", Commonality.OPTIONAL));
    assertThat(blueprint.experience().minYears()).isEqualTo(5);
    assertThat(blueprint.experience().maxYears()).isNull();
    assertThat(blueprint.careerPath().feeder())
        .containsExactly(
            new CareerRole("Analytics Engineer", null),
            new CareerRole("BI Developer", "with strong SQL"));
    assertThat(blueprint.careerPath().next())
        .containsExactly(
            new CareerRole("Staff Analytics Engineer", null),
            new CareerRole("Analytics Engineering Manager", null));
    assertThat(blueprint.careerPath().adjacent())
        .containsExactly(new CareerRole("Data Product Manager", null));
    assertThat(blueprint.scorecard())
        .containsExactly(
            new ScorecardDimension(
                "Modelling judgement",
                linked(
                    "Meets bar", "Builds a clean star schema",
                    "Exceeds bar", "Explains which grain the business needs and why")),
            new ScorecardDimension(
                "Data quality",
                linked(
                    "Meets bar", "Adds the standard tests",
                    "Exceeds bar", "Designs tests from past incidents")));
    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored the page around the article: 8 navigation, advertising, comment or script"
                + " elements were left out.",
            "Ignored 3 blocks after the last section, from the heading “You may also like”.",
            "Ignored 1 block before the first section, from “By the editors · 6 min read”.",
            "Section “5) KPIs and Productivity Metrics”: ignored the column “Owner” of the KPI"
                + " table.");
  }

  /** A sidebar without a class that says so, numbering its headings again from 1. */
  @Test
  void endsTheArticleWhereHeadingsAreNumberedFromOneAgain() throws IOException {
    String page =
        resource("senior-analytics-engineer.html")
            .replace("col-md-4 right-rail", "col-md-4")
            .replace("<h3>You may also like</h3>", "<h3>Further reading</h3>");

    ParsedBlueprint blueprint = parser.parse(page.getBytes(StandardCharsets.UTF_8), "page.html");

    assertThat(blueprint.sections()).hasSize(10);
    assertThat(blueprint.sections().get(9).text())
        .isEqualTo(
            "Role title | Senior Analytics Engineer\nRole purpose | Trusted, documented data models"
                + " for reporting and finance.");
    assertThat(blueprint.warnings())
        .contains("Ignored 9 blocks after the last section, from the heading “Further reading”.");
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/blueprint-documents/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> linked(String... labelsAndTexts) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      map.put(labelsAndTexts[i], labelsAndTexts[i + 1]);
    }
    return map;
  }

  private ParsedBlueprint parseResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/blueprint-documents/" + name)) {
      assertThat(in).as(name).isNotNull();
      return parser.parse(in.readAllBytes(), name);
    }
  }
}
