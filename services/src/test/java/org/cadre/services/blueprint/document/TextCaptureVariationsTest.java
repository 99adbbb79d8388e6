package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadre.services.blueprint.document.TestDocuments.cleanText;
import static org.cadre.services.blueprint.document.TestDocuments.parseResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Plain-text captures of pages of the series, written for the tests in our own words: advertising
 * inside the article, garbled text of both code pages, importance in the name, as a range or as a
 * proficiency word, a level stated in the text, a leader who manages nobody, flattened tables
 * without a blank line before them, a capture starting at the first section, skill fields as
 * sibling bullets, and fields the parser has no place for.
 */
class TextCaptureVariationsTest {

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

  @Test
  void readsImportanceInTheNameAsARangeAndAsAProficiencyWord() throws IOException {
    ParsedBlueprint blueprint = parseResource("staff-data-engineer.page.txt");

    assertThat(blueprint.title()).isEqualTo("Staff Data Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.STAFF);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "CI/CD engineering",
                "Automated build, test and deployment of pipeline code.",
                "Shipping pipeline changes several times a day.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Data modelling",
                "Dimensional and event models that stay understandable as they grow.",
                "Designing the shared warehouse layer.",
                Importance.IMPORTANT,
                "Important to Critical depending on org"),
            new TechnicalSkill(
                SkillTier.ADVANCED,
                "Query performance tuning",
                "Reading query plans and reshaping storage layouts.",
                "Keeping the heaviest reports fast and cheap.",
                null,
                "Expert"),
            new TechnicalSkill(
                SkillTier.EMERGING,
                "Streaming feature stores",
                null,
                "Serving fresh features to machine-learning models.",
                Importance.OPTIONAL,
                "Optional → Important as real-time products grow"));
    assertThat(blueprint.tools())
        .containsExactly(
            new Tool(
                "Orchestration",
                "Apache Airflow",
                "Scheduling batch pipelines",
                Commonality.COMMON,
                "Common"),
            new Tool(
                "Streaming",
                "Apache Kafka",
                "Event transport between services",
                Commonality.CONTEXT_SPECIFIC,
                "Context-specific"),
            new Tool(
                "Warehouse",
                "Snowflake / BigQuery",
                "Analytical storage and queries",
                Commonality.COMMON,
                "Common"),
            new Tool(
                "Quality",
                "Great Expectations",
                "Declarative data checks",
                Commonality.OPTIONAL,
                "Optional"));
    assertThat(blueprint.scorecard())
        .containsExactly(
            new ScorecardDimension("Data modelling", Map.of()),
            new ScorecardDimension("Pipeline reliability", Map.of()),
            new ScorecardDimension("Cost awareness", Map.of()),
            new ScorecardDimension("Mentoring and influence", Map.of()));
    assertThat(blueprint.sections()).hasSize(6);
    assertThat(blueprint.warnings())
        .contains(
            "Skipped 2 lines of page text before the title (advertising or navigation).",
            "Found no soft skills section.",
            "Found no KPIs section.",
            "Found no career path section.",
            "Found no experience and qualifications section.")
        .anyMatch(w -> w.contains("after the article") && w.contains("“Leave a Reply”"));
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

  @Test
  void readsALeaderWhoContributesIndividuallyAsLead() {
    String text =
        """
        Data Platform Technical Leader: Role Blueprint

        1) Role Summary

        The Data Platform Technical Leader is a hands-on individual contributor who guides the \
        design of the data platform without managing people.

        2) Core Responsibilities

          • Own the platform's technical roadmap.

        3) Technical Skills

          1. Distributed storage
            – Importance: Critical
        """;

    ParsedBlueprint blueprint = parser.parse(text.getBytes(StandardCharsets.UTF_8), "leader.txt");

    assertThat(blueprint.level()).isEqualTo(Level.LEAD);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.warnings())
        .contains(
            "The title word “Leader” names no rank; read it as Lead because the text describes an"
                + " individual contributor.",
            "Section “3) Technical Skills”: the skills under “Technical Skills” have no tier"
                + " heading (must-have, good-to-have, advanced, emerging); read them as"
                + " must-have.");
  }

  @Test
  void readsAFlattenedTableThatFollowsItsIntroductionWithoutABlankLine() {
    String text =
        SyntheticBlueprint.plainText()
            .replace("on releases.\n\nMetric name", "on releases.\nMetric name");
    assertThat(text).contains("on releases.\nMetric name");

    ParsedBlueprint blueprint = parser.parse(text.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertThat(blueprint.kpis()).isEqualTo(cleanText().kpis()).hasSize(4);
  }

  @Test
  void takesTheTitleFromTheSummaryTableWhenTheCaptureStartsAtTheFirstSection() {
    String text = SyntheticBlueprint.plainText();
    String fromFirstSection = text.substring(text.indexOf("1) Role Summary"));

    ParsedBlueprint blueprint =
        parser.parse(fromFirstSection.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertThat(blueprint.title()).isEqualTo(SyntheticBlueprint.TITLE);
    assertThat(blueprint.level()).isEqualTo(Level.SENIOR);
  }

  @Test
  void readsSkillFieldsWrittenAsSiblingBulletsOfTheSkill() {
    String text =
        SyntheticBlueprint.plainText()
            .replace("    – Description:", "  – Description:")
            .replace("    – Typical use:", "  – Typical use:")
            .replace("    – Importance:", "  – Importance:");
    assertThat(text).contains("  1. Test framework design\n  – Description:");

    ParsedBlueprint blueprint = parser.parse(text.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertThat(blueprint.technicalSkills()).isEqualTo(cleanText().technicalSkills());
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
}
