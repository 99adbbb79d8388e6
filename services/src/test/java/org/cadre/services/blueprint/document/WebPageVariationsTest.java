package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadre.services.blueprint.document.TestDocuments.linked;
import static org.cadre.services.blueprint.document.TestDocuments.parseResource;
import static org.cadre.services.blueprint.document.TestDocuments.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
 * Saved pages and WordPress exports of the series, written for the tests in our own words: other
 * blog themes and their furniture (cookie banners, sidebars, related posts, share buttons),
 * headings worded or numbered differently or not at all, tables in other column orders, scorecards
 * in other shapes and places, and skills as sentences, sub-headings or paragraphs with bullets.
 */
class WebPageVariationsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

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

  @Test
  void leavesOutTheSidebarAdvertsAndCommentsOfASavedPage() {
    ParsedBlueprint blueprint = parser.parse(SyntheticBlueprint.savedPage(), "page.html");

    assertThat(blueprint.sections()).hasSize(SyntheticBlueprint.SECTIONS.size());
    assertThat(String.join("\n", blueprint.sections().stream().map(s -> s.text()).toList()))
        .doesNotContain(
            "Limited offer", "quick interview tips", "Great overview", "Share this", "© 2026");
    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored the page around the article: 7 navigation, advertising, comment or script"
                + " elements were left out.");
  }

  @Test
  void readsDifferentlyWordedHeadingsAndAFiveThreeOneScorecard() throws IOException {
    ParsedBlueprint blueprint = parseResource("head-of-field-service-operations.html");

    assertThat(blueprint.title()).isEqualTo("Head of Field Service Operations");
    assertThat(blueprint.level()).isEqualTo(Level.HEAD);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.summary()).startsWith("The Head of Field Service Operations leads");
    assertThat(blueprint.source().url())
        .isEqualTo("https://careers.example.net/blueprints/head-of-field-service-operations/");
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-01-20T07:30:00Z"));
    assertThat(blueprint.sections()).hasSize(10);
    assertThat(blueprint.sections().get(1).heading()).isEqualTo("Key Accountabilities");
    assertThat(blueprint.responsibilities()).hasSize(1);
    assertThat(blueprint.activities())
        .extracting(g -> g.group())
        .containsExactly("Every week", "Every quarter");
    assertThat(blueprint.kpis())
        .containsExactly(
            new Kpi(
                "First-time fix rate",
                "Jobs closed on the first visit",
                null,
                "85% or better",
                "Monthly"),
            new Kpi(
                "Backlog age",
                "Median days an open job has waited",
                null,
                "Under 4 days",
                "Weekly"));
    assertThat(blueprint.technicalSkills())
        .extracting(TechnicalSkill::tier, TechnicalSkill::name, TechnicalSkill::importance)
        .containsExactly(
            tuple(SkillTier.MUST_HAVE, "Workforce scheduling", Importance.CRITICAL),
            tuple(SkillTier.MUST_HAVE, "Service cost modelling", Importance.IMPORTANT),
            tuple(SkillTier.GOOD_TO_HAVE, "Telematics analysis", Importance.OPTIONAL));
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Calm escalation handling",
                "Outages at large customers land on this desk.",
                "Takes the call, sets a plan, and keeps the customer informed.",
                "Customers stay after a bad week."));
    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                "Dispatch",
                "ServiceMax",
                "Job scheduling and crew routing",
                Commonality.COMMON,
                "Common"),
            new Tool(
                "Reporting", "Power BI", "Regional dashboards", Commonality.OPTIONAL, "Optional"));
    assertThat(blueprint.experience().minYears()).isEqualTo(12);
    assertThat(blueprint.experience().maxYears()).isNull();
    assertThat(blueprint.careerPath().next())
        .containsExactly(
            new CareerRole(
                "VP Customer Operations", "adds contact centres and spare-parts logistics"));
    assertThat(blueprint.careerPath().adjacent())
        .containsExactly(new CareerRole("Head of Supply Chain", null));
    assertThat(blueprint.scorecard()).hasSize(2);
    assertThat(blueprint.scorecard().get(1).dimension()).isEqualTo("Building managers");
    assertThat(blueprint.scorecard().get(1).anchors())
        .containsExactly(
            entry("What 5 looks like", "Has grown managers into leaders"),
            entry("What 3 looks like", "Coaches individuals well"),
            entry("What 1 looks like", "Manages tasks, not people"));
    assertThat(String.join("\n", blueprint.sections().stream().map(s -> s.text()).toList()))
        .doesNotContain("Sponsored", "Popular posts", "Very useful", "cookies");
    assertThat(blueprint.warnings())
        .anyMatch(w -> w.startsWith("Ignored the page around the article"))
        .contains("Ignored 1 block before the first section, from “Posted in Operations”.")
        .noneMatch(w -> w.contains("hiring"));
  }

  @Test
  void takesTheTopHeadingsAsSectionsWhenTheyHaveNoNumbers() {
    String html =
        """
        <html><body><article>
        <h1>Mid-level Payroll Analyst: Role Blueprint</h1>
        <h2>Role Summary</h2><p>An individual contributor who runs the monthly payroll.</p>
        <h2>Core Responsibilities</h2><ul><li>Run payroll on time.</li></ul>
        <h2>Technical Skills</h2>
        <h3>Must-have technical skills</h3>
        <ul><li>Payroll systems – Importance: Critical</li></ul>
        <h2>Career Path and Progression</h2>
        <h3>Next likely roles after this role</h3><ul><li>Senior Payroll Analyst</li></ul>
        </article></body></html>
        """;

    ParsedBlueprint blueprint = parser.parse(html.getBytes(StandardCharsets.UTF_8), "payroll.html");

    assertThat(blueprint.level()).isEqualTo(Level.MID);
    assertThat(blueprint.sections())
        .extracting(s -> s.heading())
        .containsExactly(
            "Role Summary",
            "Core Responsibilities",
            "Technical Skills",
            "Career Path and Progression");
    assertThat(blueprint.technicalSkills())
        .extracting(TechnicalSkill::name, TechnicalSkill::importance)
        .containsExactly(tuple("Payroll systems", Importance.CRITICAL));
    assertThat(blueprint.careerPath().next())
        .containsExactly(new CareerRole("Senior Payroll Analyst", null));
    assertThat(blueprint.warnings())
        .contains("The section headings have no numbers; took the level-2 headings as sections.");
  }

  @Test
  void readsASkillWrittenAsOneSentenceWithLabelsAfterIt() {
    String html =
        """
        <h1>Senior Firmware Engineer: Role Blueprint</h1>
        <h2>1) Core Responsibilities</h2><ul><li>Ship firmware updates safely.</li></ul>
        <h2>2) Technical Skills Required</h2>
        <h3>Must-have technical skills</h3>
        <ul><li><strong>Embedded C</strong> — memory-safe drivers and interrupt handlers. \
        Typical use: board bring-up. Importance: Critical</li></ul>
        """;

    ParsedBlueprint blueprint = parser.parse(html.getBytes(StandardCharsets.UTF_8), "fw.html");

    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Embedded C",
                "memory-safe drivers and interrupt handlers.",
                "board bring-up.",
                Importance.CRITICAL,
                "Critical"));
  }

  @Test
  void readsSkillsGivenAsNumberedSubHeadingsWithTheirFieldsBelow() {
    String html =
        """
        <h1>Lead Robotics Engineer: Role Blueprint</h1>
        <h2>1) Core Responsibilities</h2><ul><li>Own the robot software stack.</li></ul>
        <h2>2) Technical Skills Required</h2>
        <h3>Must-have technical skills</h3>
        <h4>1. Motion planning</h4>
        <p>Description: Paths that avoid obstacles.</p><p>Importance: Critical</p>
        <h4>2. Sensor fusion</h4>
        <ul><li>Description: Combining lidar and camera data.</li><li>Importance: Important</li></ul>
        <h3>Good-to-have technical skills</h3>
        <h4>3. Real-time Linux</h4>
        <p>Importance: Optional</p>
        <h4>4. Embedded networking</h4>
        <p>Importance: Context-specific</p>
        <h2>3) Soft Skills and Behavioral Capabilities</h2>
        <p><strong>Patience in the lab</strong></p>
        <ul><li>Why it matters: Hardware fails in odd ways.</li>
        <li>Strong performance: Finds root causes calmly.</li></ul>
        """;

    ParsedBlueprint blueprint =
        parser.parse(html.getBytes(StandardCharsets.UTF_8), "robotics.html");

    assertThat(blueprint.sections()).hasSize(3);
    assertThat(blueprint.technicalSkills())
        .extracting(TechnicalSkill::tier, TechnicalSkill::name, TechnicalSkill::importance)
        .containsExactly(
            tuple(SkillTier.MUST_HAVE, "Motion planning", Importance.CRITICAL),
            tuple(SkillTier.MUST_HAVE, "Sensor fusion", Importance.IMPORTANT),
            tuple(SkillTier.GOOD_TO_HAVE, "Real-time Linux", Importance.OPTIONAL),
            tuple(SkillTier.GOOD_TO_HAVE, "Embedded networking", Importance.CONTEXT_SPECIFIC));
    assertThat(blueprint.technicalSkills().get(1).description())
        .isEqualTo("Combining lidar and camera data.");
    assertThat(blueprint.softSkills())
        .containsExactly(
            new SoftSkill(
                "Patience in the lab",
                "Hardware fails in odd ways.",
                null,
                "Finds root causes calmly."));
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
}
