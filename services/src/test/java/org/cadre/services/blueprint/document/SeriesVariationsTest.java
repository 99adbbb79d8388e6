package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.ItemGroup;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.ParsedBlueprint.SoftSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * Documents written for the tests (in our own words) the way other documents of the series and
 * other captures of them may differ from the samples in docs/samples: numbering and heading styles,
 * column orders and extra columns, skills as tables or paragraphs, lower-case tool names, scorecard
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

  /**
   * A plainer theme: sections as h3 directly in the body, a table-of-contents plug-in above them, a
   * tools table whose header row is bold cells rather than th, and a cookie notice floating at the
   * bottom without a class that says what it is.
   */
  @Test
  void readsAPageWhoseSectionsAreLooseInTheBodyWithAFloatingCookieNotice() throws IOException {
    ParsedBlueprint blueprint = parseResource("director-of-it-operations.html");

    assertThat(blueprint.title()).isEqualTo("Director of IT Operations");
    assertThat(blueprint.level()).isEqualTo(Level.DIRECTOR);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
    assertThat(blueprint.sections()).hasSize(5);
    assertThat(blueprint.tools())
        .extracting(Tool::category, Tool::tool, Tool::commonality)
        .containsExactly(
            tuple("ITSM", "ServiceNow", Commonality.COMMON),
            tuple("Endpoint management", "Intune", Commonality.COMMON));
    assertThat(blueprint.careerPath().next())
        .containsExactly(
            new CareerRole("VP of IT", null), new CareerRole("CIO", "in mid-sized companies"));
    assertThat(String.join("\n", blueprint.sections().stream().map(s -> s.text()).toList()))
        .doesNotContain("cookie", "Contents");
    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored the page around the article: 2 navigation, advertising, comment or script"
                + " elements were left out.",
            "Found no KPIs section.",
            "Found no soft skills section.",
            "Found no experience and qualifications section.",
            "Found no hiring criteria section.");

    String withClassedNotice =
        resource("director-of-it-operations.html")
            .replace("<div style=\"position:fixed;bottom:0\">", "<div class=\"notice-bar\">");
    assertThat(
            parser
                .parse(withClassedNotice.getBytes(StandardCharsets.UTF_8), "page.html")
                .careerPath()
                .next())
        .hasSize(2);
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

  /**
   * A WordPress export of a differently laid out post: "1." headings, bold paragraphs as
   * sub-headings, skills as paragraphs with line breaks and as bullets with the importance in the
   * name or after the description, soft skills under their own headings, KPIs and tools as bullets,
   * experience without sub-headings, and a scorecard whose anchors are "5:", "3:", "1:" lines of
   * each dimension.
   */
  @Test
  void readsAWordPressPostLaidOutWithParagraphsAndBullets() throws IOException {
    ParsedBlueprint blueprint = parseResource("associate-cloud-security-analyst.wordpress.json");

    assertThat(blueprint.title()).isEqualTo("Associate Cloud Security Analyst");
    assertThat(blueprint.level()).isEqualTo(Level.ASSOCIATE);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-02-12T09:30:00Z"));
    assertThat(blueprint.sections()).hasSize(10);
    assertThat(blueprint.responsibilities().get(0).items())
        .containsExactly(
            "Alert triage: Review cloud security alerts and close false positives with a note.",
            "Misconfiguration fixes: Open fix requests for public buckets and open ports.");
    assertThat(blueprint.activities())
        .containsExactly(
            new ItemGroup("Every day", List.of("Work the alert queue in order of severity.")),
            new ItemGroup("Every week", List.of("Review new accounts against the baseline.")));
    assertThat(blueprint.technicalSkills())
        .extracting(
            TechnicalSkill::tier,
            TechnicalSkill::name,
            TechnicalSkill::description,
            TechnicalSkill::importance)
        .containsExactly(
            tuple(
                SkillTier.MUST_HAVE,
                "Cloud IAM basics",
                "Roles, policies and least privilege.",
                Importance.CRITICAL),
            tuple(
                SkillTier.MUST_HAVE,
                "Log analysis",
                "Querying audit logs for unusual activity.",
                Importance.IMPORTANT),
            tuple(
                SkillTier.GOOD_TO_HAVE,
                "Infrastructure as code reading",
                "understanding Terraform plans well enough to spot risky changes.",
                Importance.OPTIONAL),
            tuple(
                SkillTier.GOOD_TO_HAVE,
                "Scripting",
                "small Python scripts to pull findings.",
                Importance.CONTEXT_SPECIFIC));
    assertThat(blueprint.softSkills())
        .extracting(SoftSkill::name, SoftSkill::showsUpAs)
        .containsExactly(
            tuple("Curiosity", "Asks why a change happened before closing an alert."),
            tuple("Clear hand-offs", "Writes tickets others can act on without questions."));
    assertThat(blueprint.kpis())
        .containsExactly(
            new Kpi(
                "Alert triage time",
                "Median minutes from alert to decision",
                "Slow triage lets attacks continue",
                "Under 20 minutes",
                "Weekly"),
            new Kpi(
                "False positive share",
                "Alerts closed as harmless",
                null,
                "Trending down",
                "Monthly"));
    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                null, "AWS Security Hub", "central view of findings", Commonality.COMMON, "Common"),
            new Tool(
                null,
                "aws-cli",
                "checking resources from the terminal",
                Commonality.COMMON,
                "Common"),
            new Tool(
                null, "Prowler", "account configuration checks", Commonality.OPTIONAL, "Optional"));
    assertThat(blueprint.experience().minYears()).isZero();
    assertThat(blueprint.experience().maxYears()).isEqualTo(2);
    assertThat(blueprint.education())
        .containsExactly("Bachelor’s degree in IT or a related field, or equivalent experience.");
    assertThat(blueprint.certifications())
        .containsExactly("CompTIA Security+ certification is a plus.");
    assertThat(blueprint.careerPath().feeder())
        .containsExactly(
            new CareerRole("IT Support Technician", "with an interest in security"),
            new CareerRole("SOC Intern", null));
    assertThat(blueprint.careerPath().next())
        .extracting(CareerRole::title)
        .containsExactly("Cloud Security Analyst", "Cloud Security Engineer");
    assertThat(blueprint.scorecard().get(0))
        .isEqualTo(
            new ScorecardDimension(
                "Security fundamentals",
                linked(
                    "5", "Explains least privilege with examples",
                    "3", "Knows the terms",
                    "1", "Confuses authentication and authorisation")));
    assertThat(blueprint.warnings()).isEmpty();
  }

  /** A title without a level word, and a summary that states the level the series infers. */
  @Test
  void takesTheLevelFromTheTextWhenTheTitleNamesNone() {
    String text =
        """
        Release Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

        1) Role Summary

        The Release Engineer keeps the path from merge to production short and safe.

          • Conservative seniority inference: Mid-level individual contributor (not a people \
        manager).

        2) Core Responsibilities

          1. Release trains: Run the weekly release train.

        3) Technical Skills Required

        Must-have technical skills

          1. Build systems
            – Importance: Critical
        """;

    ParsedBlueprint blueprint =
        parser.parse(text.getBytes(StandardCharsets.UTF_8), "release-engineer.txt");

    assertThat(blueprint.level()).isEqualTo(Level.MID);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.warnings())
        .contains(
            "The title “Release Engineer” has no level word; took Mid-level from the text"
                + " “Conservative seniority inference: Mid-level individual contributor (n…”.");

    String senior =
        text.replace(
            "Conservative seniority inference: Mid-level individual contributor (not a people"
                + " manager).",
            "Seniority: Senior individual contributor, comparable to Staff elsewhere.");
    assertThat(senior).contains("Seniority: Senior");
    assertThat(parser.parse(senior.getBytes(StandardCharsets.UTF_8), "release.txt").level())
        .isEqualTo(Level.SENIOR);
  }

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

  /** Labelled fields the parser has no place for are named in warnings, not dropped silently. */
  @Test
  void warnsAboutFieldsItHasNoPlaceFor() {
    String text =
        """
        Staff Designer: Role Blueprint

        1) Core Responsibilities

          • Own the design system.

        2) Soft Skills

          1. Facilitation
            – Why it matters: Workshops decide the roadmap.
            – Examples: Runs the quarterly design review.

        3) KPIs

          • Design debt – Target: Fewer open issues each quarter – Owner: Design lead \
        – Frequency: Quarterly
        """;

    ParsedBlueprint blueprint = parser.parse(text.getBytes(StandardCharsets.UTF_8), "design.txt");

    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill("Facilitation", "Workshops decide the roadmap.", null, null));
    assertThat(blueprint.kpis())
        .containsExactly(
            new Kpi("Design debt", null, null, "Fewer open issues each quarter", "Quarterly"));
    assertThat(blueprint.warnings())
        .contains(
            "Section “2) Soft Skills”: ignored the field “Examples” of the soft skill"
                + " “Facilitation”.",
            "Section “3) KPIs”: ignored the field “Owner” of the KPI “Design debt”.");
  }

  /** A hiring section whose scorecard is a table under no sub-heading of its own. */
  @Test
  void findsAScorecardTableAnywhereInTheHiringSection() {
    String html =
        """
        <h1>Senior QA Engineer: Role Blueprint</h1>
        <h2>1) Core Responsibilities</h2><ul><li>Own the regression suite.</li></ul>
        <h2>2) Technical Skills</h2><h3>Must-have technical skills</h3>
        <ul><li>Test design – Importance: Critical</li></ul>
        <h2>3) Hiring Evaluation Criteria</h2>
        <h3>What to assess in interviews</h3><ul><li>Test design under time pressure.</li></ul>
        <table><tr><th>Competency</th><th>Meets bar</th><th>Exceeds bar</th></tr>
        <tr><td>Test design</td><td>Covers the main paths</td><td>Finds the risky edges first</td></tr>
        </table>
        """;

    ParsedBlueprint blueprint = parser.parse(html.getBytes(StandardCharsets.UTF_8), "qa.html");

    assertThat(blueprint.scorecard())
        .containsExactly(
            new ScorecardDimension(
                "Test design",
                linked(
                    "Meets bar", "Covers the main paths",
                    "Exceeds bar", "Finds the risky edges first")));
    assertThat(blueprint.warnings()).noneMatch(w -> w.contains("scorecard"));
  }

  private static void paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
  }

  private static void bold(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setBold(true);
    run.setText(text);
  }

  @SafeVarargs
  private static void table(XWPFDocument document, List<String>... rows) {
    XWPFTable table = document.createTable(rows.length, rows[0].size());
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].size(); c++) {
        table.getRow(r).getCell(c).setText(rows[r].get(c));
      }
    }
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
