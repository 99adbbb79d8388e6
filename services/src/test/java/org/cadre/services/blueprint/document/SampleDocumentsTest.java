package org.cadre.services.blueprint.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;

/**
 * The two real documents in the shared samples directory (system property {@code
 * cadre.samples.dir}), read without copying their text into the repository.
 */
class SampleDocumentsTest {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  @Test
  void wordPressExportOfLeadCloudNativeEngineer() throws IOException {
    ParsedBlueprint blueprint = parse("lead-cloud-native-engineer.wordpress.json");

    assertThat(blueprint.title()).isEqualTo("Lead Cloud Native Engineer");
    assertThat(blueprint.level()).isEqualTo(Level.LEAD);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Cloud & Infrastructure");
    assertThat(blueprint.summary()).startsWith("The Lead Cloud Native Engineer is a senior");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.WORDPRESS_JSON);
    assertThat(blueprint.source().url())
        .isEqualTo(
            "https://www.devopsschool.com/blog/lead-cloud-native-engineer-role-blueprint"
                + "-responsibilities-skills-kpis-and-career-path/");
    assertThat(blueprint.source().modified()).isEqualTo(Instant.parse("2026-04-14T17:22:52Z"));
    assertThat(blueprint.source().sha256()).hasSize(64).matches("[0-9a-f]+");

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(blueprint.sections().get(0).heading()).isEqualTo("Role Summary");
    assertThat(blueprint.sections().get(19).heading()).isEqualTo("Final Role Scorecard Summary");

    assertThat(blueprint.technicalSkills()).hasSize(22);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 8L),
            entry(SkillTier.GOOD_TO_HAVE, 5L),
            entry(SkillTier.ADVANCED, 5L),
            entry(SkillTier.EMERGING, 4L));
    assertThat(blueprint.technicalSkills()).allSatisfy(s -> assertThat(s.importance()).isNotNull());
    assertThat(blueprint.technicalSkills().get(6))
        .isEqualTo(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Observability (metrics, logs, tracing)",
                "instrumentation, dashboards, alerting, SLOs.",
                "production readiness and incident response.",
                Importance.IMPORTANT,
                "Important (often critical in SRE-heavy orgs)"));
    TechnicalSkill portals = blueprint.technicalSkills().get(18);
    assertThat(portals.name())
        .isEqualTo(
            "Platform engineering with declarative developer portals (e.g., Backstage patterns)");
    assertThat(portals.importance()).isEqualTo(Importance.OPTIONAL);
    assertThat(portals.importanceText()).isEqualTo("Optional → Important (trend-based)");

    assertThat(blueprint.softSkills()).hasSize(8);
    assertThat(blueprint.softSkills())
        .allSatisfy(
            s -> {
              assertThat(s.whyItMatters()).isNotBlank();
              assertThat(s.showsUpAs()).isNotBlank();
              assertThat(s.strongPerformance()).isNotBlank();
            });

    assertThat(blueprint.kpis()).hasSize(21);
    assertThat(blueprint.kpis()).allSatisfy(k -> assertThat(k.frequency()).isNotBlank());
    assertThat(kpi(blueprint, "Patch/vuln remediation SLA"))
        .isEqualTo(
            new Kpi(
                "Patch/vuln remediation SLA",
                "% vulns remediated within SLA by severity",
                "Risk management and compliance",
                "Critical: < 7 days; High: < 30 days (policy-dependent)",
                "Weekly/Monthly"));

    assertThat(blueprint.tools()).hasSize(33);
    assertThat(blueprint.tools()).allSatisfy(t -> assertThat(t.commonality()).isNotNull());
    assertThat(tool(blueprint, "Argo CD / Flux"))
        .isEqualTo(
            new Tool(
                "DevOps / CI-CD",
                "Argo CD / Flux",
                "GitOps continuous delivery",
                Commonality.OPTIONAL,
                "Optional (increasingly common)"));

    assertThat(blueprint.scorecard()).hasSize(8);
    assertThat(blueprint.scorecard().get(1).dimension()).isEqualTo("Platform architecture");
    assertThat(blueprint.scorecard().get(1).anchors())
        .containsExactly(
            entry(
                "What “strong” looks like", "Clear target state, tradeoffs, and roadmap thinking"),
            entry("Evidence sources", "Architecture case"));

    assertThat(blueprint.careerPath().feeder()).hasSize(5);
    assertThat(blueprint.careerPath().next()).hasSize(5);
    assertThat(blueprint.careerPath().adjacent()).hasSize(4);
    assertThat(blueprint.careerPath().next().get(2))
        .isEqualTo(
            new CareerRole(
                "Platform Engineering Manager",
                "people leadership, delivery management, stakeholder governance"));

    assertThat(blueprint.experience().minYears()).isEqualTo(8);
    assertThat(blueprint.experience().maxYears()).isEqualTo(12);
    assertThat(blueprint.education()).hasSize(2);
    assertThat(blueprint.certifications())
        .hasSize(5)
        .contains("Terraform Associate (HashiCorp)")
        .noneMatch(c -> c.endsWith(":"));

    assertThat(blueprint.responsibilities()).hasSize(6);
    assertThat(blueprint.responsibilities().get(0).group()).isEqualTo("Strategic responsibilities");
    assertThat(blueprint.activities()).extracting(g -> g.group()).contains("Daily activities");
    assertThat(blueprint.deliverables()).hasSize(5);
    assertThat(blueprint.goals())
        .extracting(g -> g.group())
        .containsExactly(
            "30-day goals (diagnose, align, stabilize)",
            "60-day goals (deliver foundational improvements)",
            "90-day goals (scale enablement, reduce risk)",
            "6-month milestones (platform maturity and adoption)",
            "12-month objectives (strategic, cross-team impact)",
            "Long-term impact goals (18–36 months, depending on org)");

    assertThat(blueprint.warnings()).isEmpty();
  }

  /**
   * Figures counted by hand from the text file:
   *
   * <ul>
   *   <li>sections: the lines "1) Role Summary" to "20) Final Role Scorecard Summary" at the left
   *       margin, 20;
   *   <li>technical skills: the numbered items under "Must-have technical skills" (1–8),
   *       "Good-to-have technical skills" (1–6), "Advanced or expert-level technical skills" (1–5)
   *       and "Emerging future skills for this role" (1–4): 23, each with an "Importance:" line;
   *   <li>soft skills: the numbered items 1–8 under "9) Soft Skills and Behavioral Capabilities";
   *   <li>KPIs: the lines between the header "Metric name What it measures ... Frequency" and the
   *       blank line before "Notes on targets", 19, each ending in a frequency word;
   *   <li>tools: the lines between the header "Category Tool, platform, or software ..." and the
   *       blank line before "11) Typical Tech Stack", 34, each ending in Common, Optional or
   *       Context-specific;
   *   <li>scorecard: the names after "– " in the paragraph under "Scorecard dimensions", 10;
   *   <li>career path: the bullets under the feeder (5), next (5) and adjacent (4) sub-headings;
   *   <li>experience: the first bullet under "Typical years of experience", "10–15 years".
   * </ul>
   */
  @Test
  void textCaptureOfCloudPlatformEngineeringLeader() throws IOException {
    ParsedBlueprint blueprint = parse("cloud-platform-engineering-leader.page.txt");

    assertThat(blueprint.title()).isEqualTo("Cloud Platform Engineering Leader");
    assertThat(blueprint.level()).isEqualTo(Level.MANAGER);
    assertThat(blueprint.track()).isEqualTo(Track.MANAGEMENT);
    assertThat(blueprint.family()).isNull();
    assertThat(blueprint.summary()).startsWith("The Cloud Platform Engineering Leader owns");
    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(blueprint.source().url()).isNull();

    assertThat(blueprint.sections()).hasSize(20);
    assertThat(blueprint.sections().get(19).text())
        .endsWith("Platform/Enterprise Architect (cloud strategy).")
        .doesNotContain("Comments", "Hospitals");

    assertThat(blueprint.technicalSkills()).hasSize(23);
    assertThat(tierCounts(blueprint.technicalSkills()))
        .containsExactly(
            entry(SkillTier.MUST_HAVE, 8L),
            entry(SkillTier.GOOD_TO_HAVE, 6L),
            entry(SkillTier.ADVANCED, 5L),
            entry(SkillTier.EMERGING, 4L));
    assertThat(blueprint.technicalSkills()).allSatisfy(s -> assertThat(s.importance()).isNotNull());
    TechnicalSkill reliability = blueprint.technicalSkills().get(15);
    assertThat(reliability.name()).isEqualTo("Large-scale reliability engineering");
    assertThat(reliability.importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(reliability.importanceText()).isEqualTo("Important/Critical depending on scale");
    assertThat(blueprint.technicalSkills().get(22).importance()).isEqualTo(Importance.OPTIONAL);

    assertThat(blueprint.softSkills()).hasSize(8);
    assertThat(blueprint.softSkills().get(0).showsUpAs())
        .startsWith("Defines personas (app teams, data teams)");

    assertThat(blueprint.kpis()).hasSize(19);
    assertThat(blueprint.kpis()).allSatisfy(k -> assertThat(k.frequency()).isNotBlank());
    assertThat(kpi(blueprint, "Mean time to restore (MTTR) for platform incidents"))
        .isEqualTo(
            new Kpi(
                "Mean time to restore (MTTR) for platform incidents",
                "Time from incident start to mitigation/restoration",
                "Measures operational effectiveness",
                "P1 MTTR < 60 minutes (context-specific)",
                "Monthly"));
    assertThat(kpi(blueprint, "Backup/restore success rate").frequency())
        .isEqualTo("Weekly/Quarterly");

    assertThat(blueprint.tools()).hasSize(34);
    assertThat(blueprint.tools()).allSatisfy(t -> assertThat(t.commonality()).isNotNull());
    assertThat(tool(blueprint, "Snyk / Trivy / Prisma Cloud"))
        .isEqualTo(
            new Tool(
                "Security scanning",
                "Snyk / Trivy / Prisma Cloud",
                "Container/IaC scanning and posture",
                Commonality.OPTIONAL,
                "Optional/Context-specific"));
    assertThat(tool(blueprint, "Terraform").use()).isEqualTo("Standard IaC, modules, environments");

    assertThat(blueprint.scorecard()).hasSize(10);
    assertThat(blueprint.scorecard().get(0).dimension())
        .isEqualTo("Platform strategy & product thinking");
    assertThat(blueprint.scorecard()).allSatisfy(d -> assertThat(d.anchors()).isEmpty());

    assertThat(blueprint.careerPath().feeder()).hasSize(5);
    assertThat(blueprint.careerPath().next()).hasSize(5);
    assertThat(blueprint.careerPath().adjacent()).hasSize(4);
    assertThat(blueprint.careerPath().next().get(2))
        .isEqualTo(
            new CareerRole("Director of SRE / Reliability Engineering", "depending on org design"));
    assertThat(blueprint.careerPath().next().get(3))
        .isEqualTo(
            new CareerRole("VP Engineering (Infrastructure/Platform)", "in larger organizations"));

    assertThat(blueprint.experience().minYears()).isEqualTo(10);
    assertThat(blueprint.experience().maxYears()).isEqualTo(15);
    assertThat(blueprint.certifications()).hasSize(3);

    assertThat(blueprint.warnings())
        .anyMatch(w -> w.startsWith("Skipped 5 lines of page text before the title"))
        .anyMatch(w -> w.contains("after the article") && w.contains("Find Trusted Cardiac"))
        .anyMatch(w -> w.startsWith("The title word “Leader” names no rank; read it as Manager"));
  }

  /**
   * The WordPress export's KPI, tools and scorecard tables, flattened to one line per row as a text
   * capture of the page would hold them, split back into the same cells: 21 KPIs, 33 tools and 8
   * scorecard dimensions whose columns the splitters must find without the HTML cells.
   */
  @Test
  void splitsTheWordPressTablesBackIntoTheirCellsWhenFlattened() throws IOException {
    String dir = System.getProperty("cadre.samples.dir");
    String json =
        Files.readString(Path.of(dir, "blueprints", "lead-cloud-native-engineer.wordpress.json"));
    List<Block.Table> tables =
        HtmlPageReader.readArticle(WordPressPostReader.read(json).html(), new Warnings()).stream()
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
    ParsedBlueprint fromJson = parse("lead-cloud-native-engineer.wordpress.json");

    assertThat(fromText.kpis()).hasSize(21).isEqualTo(fromJson.kpis());
    assertThat(fromText.tools()).hasSize(33).isEqualTo(fromJson.tools());
    assertThat(fromText.scorecard()).hasSize(8).isEqualTo(fromJson.scorecard());
    assertThat(fromText.warnings()).noneMatch(w -> w.contains("could not tell the columns"));
  }

  /**
   * The text capture with the page's own advert units repeated inside the article, as the site
   * places them: the unit above the title before section 11, the one below the article before
   * section 5. Both are recognised as the page's adverts and skipped; nothing else changes.
   */
  @Test
  void skipsThePagesAdvertsWhenTheyRepeatInsideTheArticle() throws IOException {
    String dir = System.getProperty("cadre.samples.dir");
    String text =
        Files.readString(
            Path.of(dir, "blueprints", "cloud-platform-engineering-leader.page.txt"), UTF_8);
    String above = text.substring(0, text.indexOf("Cloud Platform Engineering Leader:")).strip();
    int below = text.indexOf("\nFind Trusted");
    String belowUnit = text.substring(below + 1, text.indexOf("\nSubscribe", below));
    String withAdverts =
        text.replace("\n11) Typical Tech Stack", "\n" + above + "\n\n11) Typical Tech Stack")
            .replace("\n5) Key Deliverables", "\n" + belowUnit + "\n\n5) Key Deliverables");
    assertThat(withAdverts.indexOf(above, 1)).isGreaterThan(text.indexOf("10) Tools"));
    assertThat(withAdverts.indexOf(belowUnit))
        .isLessThan(withAdverts.indexOf("5) Key Deliverables"));

    ParsedBlueprint original = parse("cloud-platform-engineering-leader.page.txt");
    ParsedBlueprint blueprint = parser.parse(withAdverts.getBytes(UTF_8), "with-adverts.txt");

    assertThat(blueprint.sections()).isEqualTo(original.sections());
    assertThat(blueprint.deliverables()).isEqualTo(original.deliverables());
    assertThat(blueprint.tools()).isEqualTo(original.tools());
    assertThat(blueprint.warnings())
        .contains(
            "Skipped 8 lines of advertising inside the article, from “Find Trusted Cardiac"
                + " Hospitals”.");
  }

  private static String flattened(Block.Table table) {
    StringBuilder lines = new StringBuilder(String.join(" ", table.header())).append('\n');
    table.rows().forEach(row -> lines.append(String.join(" ", row)).append('\n'));
    return lines.toString();
  }

  private ParsedBlueprint parse(String name) throws IOException {
    String dir = System.getProperty("cadre.samples.dir");
    assertThat(dir).as("system property cadre.samples.dir").isNotNull();
    return parser.parse(Files.readAllBytes(Path.of(dir, "blueprints", name)), name);
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
