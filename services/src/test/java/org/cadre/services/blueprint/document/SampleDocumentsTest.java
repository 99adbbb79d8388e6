package org.cadre.services.blueprint.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.SampleBlueprints;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * Cadre's five sample documents ({@code docs/samples/blueprints}), one per format, and what the
 * parser must find in each. Every figure is counted from the document itself: the numbered items
 * under each tier heading, the rows of each table, the bullets under each career-path heading.
 */
class SampleDocumentsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  /**
   * The WordPress export: 20 sections; skills 1–7 under "Must-have", 1–5 "Good-to-have", 1–4
   * "Advanced or expert-level", 1–3 "Emerging", each with an "Importance" line; 7 soft skills; a
   * KPI table of 12 rows, a tools table of 22 and a scorecard table of 7; 4 feeder, 4 next and 3
   * adjacent roles; "7–10+ years".
   */
  @Test
  void wordPressExportOfLeadDeveloperExperienceEngineer() {
    ParsedBlueprint blueprint = parse(SampleBlueprints.WORDPRESS);

    assertThat(blueprint.title()).isEqualTo("Lead Developer Experience Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.LEAD);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Engineering Enablement");
    assertThat(blueprint.summary())
        .startsWith("The Lead Developer Experience Engineer is a senior individual contributor");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.WORDPRESS_JSON);
    assertThat(blueprint.source().url())
        .isEqualTo(
            "https://handbook.cadre.example/blog/lead-developer-experience-engineer-role-blueprint/");
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-09-14T08:05:11Z"));
    assertThat(blueprint.source().sha256()).hasSize(64).matches("[0-9a-f]+");

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(blueprint.sections().get(0).heading()).isEqualTo("Role Summary");
    assertThat(blueprint.sections().get(19).heading()).isEqualTo("Final Role Scorecard Summary");

    assertThat(blueprint.technicalSkills()).hasSize(19);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 7L),
            entry(SkillTier.GOOD_TO_HAVE, 5L),
            entry(SkillTier.ADVANCED, 4L),
            entry(SkillTier.EMERGING, 3L));
    assertThat(blueprint.technicalSkills()).allSatisfy(s -> assertThat(s.importance()).isNotNull());
    assertThat(blueprint.technicalSkills().get(6))
        .isEqualTo(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Developer productivity measurement",
                "pipeline analytics, surveys, lead time and change failure metrics.",
                "choosing what to fix and proving it worked.",
                Importance.IMPORTANT,
                "Important (often critical where budgets must be justified)"));
    TechnicalSkill assistants = blueprint.technicalSkills().get(16);
    assertThat(assistants.name()).isEqualTo("AI-assisted coding tools governance");
    assertThat(assistants.importance()).isEqualTo(Importance.OPTIONAL);
    assertThat(assistants.importanceText()).isEqualTo("Optional → Important (trend-based)");

    assertThat(blueprint.softSkills()).hasSize(7);
    assertThat(blueprint.softSkills())
        .allSatisfy(
            s -> {
              assertThat(s.whyItMatters()).isNotBlank();
              assertThat(s.showsUpAs()).isNotBlank();
              assertThat(s.strongPerformance()).isNotBlank();
            });

    assertThat(blueprint.kpis()).hasSize(12);
    assertThat(blueprint.kpis()).allSatisfy(k -> assertThat(k.frequency()).isNotBlank());
    assertThat(kpi(blueprint, "Flaky test rate"))
        .isEqualTo(
            new Kpi(
                "Flaky test rate",
                "Share of failed runs that pass on retry",
                "Flaky tests teach people to ignore failures",
                "Below 1% of runs",
                "Weekly"));

    assertThat(blueprint.tools()).hasSize(22);
    assertThat(blueprint.tools()).allSatisfy(t -> assertThat(t.commonality()).isNotNull());
    assertThat(tool(blueprint, "Dev Containers"))
        .isEqualTo(
            new Tool(
                "Local development",
                "Dev Containers",
                "Reproducible editor environments",
                Commonality.OPTIONAL,
                "Optional (increasingly common)"));

    assertThat(blueprint.scorecard()).hasSize(7);
    assertThat(blueprint.scorecard().get(1).dimension())
        .isEqualTo("Measurement and prioritisation");
    assertThat(blueprint.scorecard().get(1).anchors())
        .containsExactly(
            entry("What “strong” looks like", "Chooses work by evidence and shows the effect"),
            entry("Evidence sources", "Case discussion"));

    assertThat(blueprint.careerPath().feeder()).hasSize(4);
    assertThat(blueprint.careerPath().next()).hasSize(4);
    assertThat(blueprint.careerPath().adjacent()).hasSize(3);
    assertThat(blueprint.careerPath().next().get(2))
        .isEqualTo(new CareerRole("Engineering Manager", "leading the developer experience team"));

    assertThat(blueprint.experience().minYears()).isEqualTo(7);
    assertThat(blueprint.experience().maxYears()).isEqualTo(10);
    assertThat(blueprint.education()).hasSize(2);
    assertThat(blueprint.certifications())
        .hasSize(3)
        .contains("Gradle build tool fundamentals (Gradle)")
        .noneMatch(c -> c.endsWith(":"));

    assertThat(blueprint.responsibilities()).hasSize(6);
    assertThat(blueprint.responsibilities().get(0).group()).isEqualTo("Strategic responsibilities");
    assertThat(blueprint.activities()).extracting(g -> g.group()).contains("Daily activities");
    assertThat(blueprint.deliverables()).hasSize(4);
    assertThat(blueprint.goals())
        .extracting(g -> g.group())
        .containsExactly(
            "30-day goals (listen and measure)",
            "60-day goals (first improvements)",
            "90-day goals (momentum)",
            "6-month milestones (paved road adopted)",
            "12-month objectives (lasting change)",
            "Long-term impact goals (2–3 years)");

    assertThat(blueprint.warnings()).isEmpty();
  }

  /**
   * The text capture: five lines of advert above the title, an advert ("Advertisement" and two
   * lines of the unit above) before section 9, and an advert, the comment form and the site's
   * footer after section 20. All 163 of its non-ASCII characters (dashes, quotes, bullets, "→")
   * were garbled by reading its UTF-8 as Windows-874. Counted by hand: 20 sections; skills 1–6,
   * 1–4, 1–3 and 1–2 under the four tier headings, each with an "Importance:" line; 6 soft skills;
   * 10 KPI lines and 14 tool lines under their flattened headers; 7 scorecard dimensions after "– "
   * in one paragraph; 4 feeder, 4 next and 3 adjacent roles; "8–12 years".
   */
  @Test
  void textCaptureOfAnalyticsEngineeringLeader() {
    ParsedBlueprint blueprint = parse(SampleBlueprints.TEXT_CAPTURE);

    assertThat(blueprint.title()).isEqualTo("Analytics Engineering Leader");
    assertThat(blueprint.level()).isEqualTo(Level.MANAGER);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.family()).isNull();
    assertThat(blueprint.summary())
        .startsWith("The Analytics Engineering Leader leads the team")
        .contains("software engineering habits—version control, review, tests, releases—to")
        .doesNotContain("โ€");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(blueprint.source().url()).isNull();

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(blueprint.sections().get(19).text())
        .endsWith(
            "Career progression options Director of Analytics Engineering; Head of Data; VP Data")
        .doesNotContain("Garden", "Comments");
    assertThat(blueprint.sections().get(7).text()).doesNotContain("Piano", "Advertisement");

    assertThat(blueprint.technicalSkills()).hasSize(15);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 6L),
            entry(SkillTier.GOOD_TO_HAVE, 4L),
            entry(SkillTier.ADVANCED, 3L),
            entry(SkillTier.EMERGING, 2L));
    assertThat(blueprint.technicalSkills()).allSatisfy(s -> assertThat(s.importance()).isNotNull());
    TechnicalSkill tuning = blueprint.technicalSkills().get(10);
    assertThat(tuning.name()).isEqualTo("Warehouse performance tuning");
    assertThat(tuning.importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(tuning.importanceText()).isEqualTo("Important/Critical depending on data volume");
    assertThat(blueprint.technicalSkills().get(13).importance()).isEqualTo(Importance.OPTIONAL);
    assertThat(blueprint.technicalSkills().get(13).importanceText())
        .isEqualTo("Optional → Important as tools mature");

    assertThat(blueprint.softSkills()).hasSize(6);
    assertThat(blueprint.softSkills().get(0).showsUpAs())
        .startsWith("Says no with reasons, trades scope openly");

    assertThat(blueprint.kpis()).hasSize(10);
    assertThat(blueprint.kpis()).allSatisfy(k -> assertThat(k.frequency()).isNotBlank());
    assertThat(kpi(blueprint, "Time to resolve a data incident"))
        .isEqualTo(
            new Kpi(
                "Time to resolve a data incident",
                "Hours from detection to a corrected number",
                "Fast fixes limit the damage",
                "Under 8 hours",
                "Monthly"));

    assertThat(blueprint.tools()).hasSize(14);
    assertThat(blueprint.tools()).allSatisfy(t -> assertThat(t.commonality()).isNotNull());
    assertThat(tool(blueprint, "Monte Carlo / Elementary"))
        .isEqualTo(
            new Tool(
                "Data observability",
                "Monte Carlo / Elementary",
                "Freshness and anomaly alerts",
                Commonality.OPTIONAL,
                "Optional (increasingly common)"));
    assertThat(tool(blueprint, "dbt").use()).isEqualTo("Models, tests and documentation");

    assertThat(blueprint.scorecard()).hasSize(7);
    assertThat(blueprint.scorecard().get(0).dimension()).isEqualTo("Data modelling and SQL");
    assertThat(blueprint.scorecard()).allSatisfy(d -> assertThat(d.anchors()).isEmpty());

    assertThat(blueprint.careerPath().feeder()).hasSize(4);
    assertThat(blueprint.careerPath().next()).hasSize(4);
    assertThat(blueprint.careerPath().adjacent()).hasSize(3);
    assertThat(blueprint.careerPath().next().get(1))
        .isEqualTo(new CareerRole("Head of Data", "in companies with one data group"));
    assertThat(blueprint.careerPath().next().get(3))
        .isEqualTo(new CareerRole("VP Data", "in larger organisations"));

    assertThat(blueprint.experience().minYears()).isEqualTo(8);
    assertThat(blueprint.experience().maxYears()).isEqualTo(12);
    assertThat(blueprint.certifications()).hasSize(3);

    assertThat(blueprint.warnings())
        .containsExactly(
            "Skipped 5 lines of page text before the title (advertising or navigation).",
            "Skipped 3 lines of advertising inside the article, from “Advertisement”.",
            "Ignored 15 lines of page text after the article (advertising, comments, footer),"
                + " from “Plan Your Garden This Spring”.",
            "Repaired 163 garbled characters from UTF-8 text that had been read as Windows-874"
                + " (Thai) (e.g. “โ€œ” became ““”); check punctuation and accented letters.",
            "The title word “Leader” names no rank; read it as Manager because the text describes"
                + " a people manager.");
  }

  /**
   * The saved page: 20 sections headed "1. Role Summary" to "20. Final Role Scorecard Summary"
   * inside the page's article; skills as table rows, 5, 3, 2 and 2 under the tier headings; 8 KPI
   * rows, 11 tool rows, 5 scorecard rows with three anchors each; "10+ years".
   */
  @Test
  void savedPageOfStaffQualityEngineer() {
    ParsedBlueprint blueprint = parse(SampleBlueprints.HTML_PAGE);

    assertThat(blueprint.title()).isEqualTo("Staff Quality Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.STAFF);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Engineering");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.HTML);
    assertThat(blueprint.source().url())
        .isEqualTo("https://journal.harbourandpine.example/roles/staff-quality-engineer/");
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-10-02T12:45:00Z"));

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(blueprint.sections())
        .allSatisfy(
            s ->
                assertThat(s.text())
                    .doesNotContain("Ergonomic", "Priya", "Newsletter", "Share this"));

    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 5L),
            entry(SkillTier.GOOD_TO_HAVE, 3L),
            entry(SkillTier.ADVANCED, 2L),
            entry(SkillTier.EMERGING, 2L));
    assertThat(blueprint.technicalSkills().get(5))
        .isEqualTo(
            new TechnicalSkill(
                SkillTier.GOOD_TO_HAVE,
                "Contract testing",
                "Consumer-driven contracts between services",
                "Catching breaking API changes",
                Importance.IMPORTANT,
                "Important (Critical with many services)"));
    assertThat(blueprint.softSkills()).hasSize(5);
    assertThat(blueprint.kpis()).hasSize(8);
    assertThat(blueprint.tools()).hasSize(11);
    assertThat(blueprint.scorecard()).hasSize(5);
    assertThat(blueprint.scorecard().get(2).anchors())
        .containsExactly(
            entry("What 5 looks like", "Changes practice across many teams"),
            entry("What 3 looks like", "Persuades own team"),
            entry("What 1 looks like", "Relies on rules and gates"));
    assertThat(blueprint.careerPath().feeder()).hasSize(3);
    assertThat(blueprint.careerPath().next()).hasSize(3);
    assertThat(blueprint.careerPath().adjacent())
        .extracting(CareerRole::title)
        .containsExactly("Staff Site Reliability Engineer", "Lead Developer Experience Engineer");
    assertThat(blueprint.experience().minYears()).isEqualTo(10);
    assertThat(blueprint.experience().maxYears()).isNull();

    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored the page around the article: 7 navigation, advertising, comment or script"
                + " elements were left out.",
            "Ignored 1 block before the first section, from “Posted in Engineering · 14 min"
                + " read”.");
  }

  /**
   * The Word document: 20 sections as Word headings; skills 1–4, 1–3, 1–2 and 1 under the tier
   * headings; 7 KPI rows, 8 tool rows, 5 scorecard rows with "Meets bar" and "Exceeds bar"; 3
   * feeder, 2 next and 2 adjacent roles; "10–14 years".
   */
  @Test
  void wordDocumentOfHeadOfPeopleAnalytics() {
    ParsedBlueprint blueprint = parse(SampleBlueprints.WORD);

    assertThat(blueprint.title()).isEqualTo("Head of People Analytics");
    assertThat(blueprint.level()).isEqualTo(Level.HEAD);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.family()).isEqualTo("People");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.DOCX);

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 4L),
            entry(SkillTier.GOOD_TO_HAVE, 3L),
            entry(SkillTier.ADVANCED, 2L),
            entry(SkillTier.EMERGING, 1L));
    assertThat(blueprint.technicalSkills().get(3).name()).isEqualTo("Privacy and data protection");
    assertThat(blueprint.technicalSkills().get(3).importance()).isEqualTo(Importance.CRITICAL);
    assertThat(blueprint.softSkills()).hasSize(4);
    assertThat(blueprint.kpis()).hasSize(7);
    assertThat(kpi(blueprint, "Pay equity gap").frequency()).isEqualTo("Yearly");
    assertThat(blueprint.tools()).hasSize(8);
    assertThat(tool(blueprint, "Cadre").commonality()).isEqualTo(Commonality.CONTEXT_SPECIFIC);
    assertThat(blueprint.scorecard()).hasSize(5);
    assertThat(blueprint.scorecard().get(0).anchors())
        .containsExactly(
            entry("Meets bar", "Knows the main metrics and their traps"),
            entry("Exceeds bar", "Designs metrics the whole company adopts"));
    assertThat(blueprint.careerPath().feeder()).hasSize(3);
    assertThat(blueprint.careerPath().next())
        .containsExactly(
            new CareerRole("Director of People Strategy", null),
            new CareerRole("Chief People Officer", "in smaller companies"));
    assertThat(blueprint.careerPath().adjacent()).hasSize(2);
    assertThat(blueprint.experience().minYears()).isEqualTo(10);
    assertThat(blueprint.experience().maxYears()).isEqualTo(14);
    assertThat(blueprint.warnings()).isEmpty();
  }

  /**
   * The Markdown file: 20 "## n) ..." sections; skills 1–3, 1–3, 1 and 1 under the tier headings;
   * soft skills as a table of 4 rows; 5 KPI rows, 7 tool rows, 4 scorecard rows; 3 feeder, 2 next
   * and 3 adjacent roles; "0–2 years"; a tags line and "Leave a Reply" after the article.
   */
  @Test
  void markdownOfAssociateProductAnalyst() {
    ParsedBlueprint blueprint = parse(SampleBlueprints.MARKDOWN);

    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(blueprint.title()).isEqualTo("Associate Product Analyst");
    assertThat(blueprint.level()).isEqualTo(Level.ASSOCIATE);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Product");

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 3L),
            entry(SkillTier.GOOD_TO_HAVE, 3L),
            entry(SkillTier.ADVANCED, 1L),
            entry(SkillTier.EMERGING, 1L));
    assertThat(blueprint.technicalSkills().get(0).name()).isEqualTo("SQL");
    assertThat(blueprint.softSkills())
        .extracting(ParsedBlueprint.SoftSkill::name)
        .containsExactly("Curiosity", "Clear writing", "Openness to feedback", "Reliability");
    assertThat(blueprint.kpis()).hasSize(5);
    assertThat(kpi(blueprint, "Tracking coverage").frequency()).isEqualTo("Per release");
    assertThat(blueprint.tools()).hasSize(7);
    assertThat(blueprint.scorecard()).hasSize(4);
    assertThat(blueprint.careerPath().feeder()).hasSize(3);
    assertThat(blueprint.careerPath().next()).hasSize(2);
    assertThat(blueprint.careerPath().adjacent()).hasSize(3);
    assertThat(blueprint.experience().minYears()).isZero();
    assertThat(blueprint.experience().maxYears()).isEqualTo(2);
    assertThat(blueprint.sections().get(19).text()).doesNotContain("Tags", "Leave a Reply");
    assertThat(blueprint.warnings())
        .containsExactly(
            "Ignored 3 lines of page text after the article (advertising, comments, footer), from"
                + " “---”.");
  }

  /**
   * The WordPress export's KPI, tools and scorecard tables, flattened to one line per row as a text
   * capture of the page would hold them, split back into the same cells: 12 KPIs, 22 tools and 7
   * scorecard dimensions whose columns the splitters must find without the HTML cells.
   */
  @Test
  void splitsTheWordPressTablesBackIntoTheirCellsWhenFlattened() {
    byte[] json = SampleBlueprints.bytes(SampleBlueprints.WORDPRESS);
    List<Block.Table> tables =
        HtmlPageReader.readArticle(
                WordPressPostReader.read(new String(json, UTF_8)).html(), new Warnings())
            .stream()
            .filter(Block.Table.class::isInstance)
            .map(Block.Table.class::cast)
            .toList();
    StringBuilder text =
        new StringBuilder(
            "Flattened Tables: Role Blueprint\n\n1) Core Responsibilities\n\n  • Keep it"
                + " running.\n\n2) KPIs and Productivity Metrics\n\n");
    text.append(flattened(tables.get(0))).append("\n3) Tools, Platforms, and Software\n\n");
    text.append(flattened(tables.get(1))).append("\n4) Hiring Evaluation Criteria\n\n");
    text.append("Scorecard dimensions\n\n").append(flattened(tables.get(2)));

    ParsedBlueprint fromText = parser.parse(text.toString().getBytes(UTF_8), "flattened.txt");
    ParsedBlueprint fromJson = parse(SampleBlueprints.WORDPRESS);

    assertThat(fromText.kpis()).hasSize(12).isEqualTo(fromJson.kpis());
    assertThat(fromText.tools()).hasSize(22).isEqualTo(fromJson.tools());
    assertThat(fromText.scorecard()).hasSize(7).isEqualTo(fromJson.scorecard());
    assertThat(fromText.warnings()).noneMatch(w -> w.contains("could not tell the columns"));
  }

  /**
   * The text capture with the page's own advert units repeated inside the article, as the site
   * places them: the unit above the title (5 lines) before section 11, the one below the article (3
   * lines) before section 5. Both are recognised as the page's adverts and skipped, with the
   * capture's own advert before section 9 (3 lines); nothing else changes.
   */
  @Test
  void skipsThePagesAdvertsWhenTheyRepeatInsideTheArticle() {
    String text = new String(SampleBlueprints.bytes(SampleBlueprints.TEXT_CAPTURE), UTF_8);
    String above = text.substring(0, text.indexOf("Analytics Engineering Leader:")).strip();
    int below = text.indexOf("\nPlan Your Garden");
    String belowUnit = text.substring(below + 1, text.indexOf("\nLeave a Reply", below));
    String withAdverts =
        text.replace("\n11) Typical Tech Stack", "\n" + above + "\n\n11) Typical Tech Stack")
            .replace("\n5) Key Deliverables", "\n" + belowUnit + "\n\n5) Key Deliverables");
    assertThat(withAdverts.indexOf(above, 1)).isGreaterThan(text.indexOf("10) Tools"));
    assertThat(withAdverts.indexOf(belowUnit))
        .isLessThan(withAdverts.indexOf("5) Key Deliverables"));

    ParsedBlueprint original = parse(SampleBlueprints.TEXT_CAPTURE);
    ParsedBlueprint blueprint = parser.parse(withAdverts.getBytes(UTF_8), "with-adverts.txt");

    assertThat(blueprint.sections()).isEqualTo(original.sections());
    assertThat(blueprint.deliverables()).isEqualTo(original.deliverables());
    assertThat(blueprint.tools()).isEqualTo(original.tools());
    assertThat(blueprint.warnings())
        .contains(
            "Skipped 11 lines of advertising inside the article, from “Plan Your Garden This"
                + " Spring”.");
  }

  private static String flattened(Block.Table table) {
    StringBuilder lines = new StringBuilder(String.join(" ", table.header())).append('\n');
    table.rows().forEach(row -> lines.append(String.join(" ", row)).append('\n'));
    return lines.toString();
  }

  private ParsedBlueprint parse(String name) {
    return parser.parse(SampleBlueprints.bytes(name), name);
  }

  private static Map<SkillTier, Long> tierCounts(List<TechnicalSkill> skills) {
    return skills.stream()
        .collect(
            Collectors.groupingBy(
                TechnicalSkill::tier, () -> new EnumMap<>(SkillTier.class), Collectors.counting()));
  }

  private static Kpi kpi(ParsedBlueprint blueprint, String name) {
    return find(blueprint.kpis(), Kpi::name, name);
  }

  private static Tool tool(ParsedBlueprint blueprint, String name) {
    return find(blueprint.tools(), Tool::tool, name);
  }

  private static <T> T find(List<T> entries, Function<T, String> key, String value) {
    return entries.stream()
        .filter(e -> value.equals(key.apply(e)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + value));
  }
}
