package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
 * The ways documents of the series differ: importance wording, scorecard shapes, heading wording,
 * garbled encodings, page furniture, and Word documents written by hand.
 */
class VariantsTest {

  private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

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
  void readsAMeetsBarExceedsBarScorecardFromAWordPressExport() throws IOException {
    ParsedBlueprint blueprint = parseResource("principal-security-architect.wordpress.json");

    assertThat(blueprint.title()).isEqualTo("Principal Security Architect");
    assertThat(blueprint.level()).isEqualTo(Level.PRINCIPAL);
    assertThat(blueprint.scorecard())
        .first()
        .isEqualTo(
            new ScorecardDimension(
                "Architecture judgement",
                linked(
                    "Meets bar", "Finds the main risks in a design",
                    "Exceeds bar", "Reshapes the design so the risks disappear")));
    assertThat(blueprint.technicalSkills().get(1).importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(blueprint.technicalSkills().get(1).importanceText())
        .isEqualTo("Important (critical for payment flows)");
    assertThat(blueprint.responsibilities().get(0).items())
        .containsExactly(
            "Threat modelling: lead threat models for new services and major changes.",
            "Security patterns: publish reference designs for identity, secrets and encryption.");
  }

  @Test
  void repairsTextReadAsWindows874AsTheSeriesShowsIt() {
    String garbled = garble874(SyntheticBlueprint.plainText(), true);
    assertThat(garbled).contains("โ€“", "โ€œstrongโ€ looks like", "  โ€ข ");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.scorecard().get(0).anchors()).containsKey("What “strong” looks like");
    assertThat(repaired.warnings())
        .anyMatch(
            w ->
                w.startsWith("Repaired ")
                    && w.contains("read as Windows-874 (Thai)")
                    && w.contains("(e.g. “โ€ข” became “•”)"));
  }

  @Test
  void repairsTextReadAsWindows874WithReplacementCharacters() {
    byte[] utf8 = SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8);
    String garbled = new String(utf8, WINDOWS_874);
    assertThat(garbled).contains("โ€\uFFFDstrongโ€\uFFFD");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.warnings()).anyMatch(w -> w.contains("Windows-874 (Thai)"));
  }

  @Test
  void repairsTextReadAsWindows1252() {
    byte[] utf8 = SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8);
    String garbled = new String(utf8, WINDOWS_1252);
    assertThat(garbled).contains("â€“", "â€¢");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.warnings())
        .anyMatch(w -> w.contains("read as Windows-1252 (Western European)"));
  }

  @Test
  void repairsGarbledTextInsideAWordPressExport() {
    String json =
        Json.createObjectBuilder()
            .add("link", SyntheticBlueprint.URL)
            .add(
                "title",
                Json.createObjectBuilder()
                    .add("rendered", garble874(SyntheticBlueprint.FULL_TITLE + " — draft", true)))
            .add(
                "content",
                Json.createObjectBuilder()
                    .add("rendered", garble874(SyntheticBlueprint.articleHtml(), true)))
            .build()
            .toString();
    json = escapeNonAscii(json);
    assertThat(json).contains("\\u0e42\\u20ac").doesNotContain("—");

    ParsedBlueprint repaired = parser.parse(json.getBytes(StandardCharsets.UTF_8), "post.json");

    assertThat(repaired.title()).isEqualTo(SyntheticBlueprint.TITLE);
    assertThat(repaired.experience().text()).startsWith("5–8 years");
    assertThat(repaired.warnings()).anyMatch(w -> w.contains("Windows-874 (Thai)"));
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
      XWPFTable table = document.createTable(3, 4);
      fill(table, 0, "Tool category", "Tool", "Primary use", "Typical usage");
      fill(table, 1, "Ticketing", "Zendesk", "Customer conversations", "Common");
      fill(table, 2, "Knowledge base", "Confluence", "Shared fixes", "Optional");
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
  void takesTheTitleFromTheSummaryTableWhenTheCaptureStartsAtTheFirstSection() {
    String text = SyntheticBlueprint.plainText();
    String fromFirstSection = text.substring(text.indexOf("1) Role Summary"));

    ParsedBlueprint blueprint =
        parser.parse(fromFirstSection.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertThat(blueprint.title()).isEqualTo(SyntheticBlueprint.TITLE);
    assertThat(blueprint.level()).isEqualTo(Level.SENIOR);
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
  void readsUtf8WithAByteOrderMarkWithoutWarnings() {
    byte[] text = ("\uFEFF" + SyntheticBlueprint.plainText()).getBytes(StandardCharsets.UTF_8);

    ParsedBlueprint blueprint = parser.parse(text, "page.txt");

    assertSameStructure(blueprint, cleanText());
    assertThat(blueprint.warnings()).noneMatch(w -> w.contains("UTF") || w.contains("Repaired"));
  }

  private ParsedBlueprint cleanText() {
    return parser.parse(
        SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8), "page.txt");
  }

  private static void assertSameStructure(ParsedBlueprint actual, ParsedBlueprint expected) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.technicalSkills()).isEqualTo(expected.technicalSkills());
    assertThat(actual.softSkills()).isEqualTo(expected.softSkills());
    assertThat(actual.kpis()).isEqualTo(expected.kpis());
    assertThat(actual.tools()).isEqualTo(expected.tools());
    assertThat(actual.scorecard()).isEqualTo(expected.scorecard());
    assertThat(actual.careerPath()).isEqualTo(expected.careerPath());
    assertThat(actual.experience()).isEqualTo(expected.experience());
    assertThat(actual.sections()).isEqualTo(expected.sections());
  }

  /**
   * UTF-8 text read as Windows-874 the way the series' garbled pages show it: a byte Windows-874
   * leaves undefined is read as Windows-1252 if that defines it ({@code โ€œ}), else dropped ({@code
   * โ€}); without that fallback it becomes U+FFFD.
   */
  static String garble874(String text, boolean fallbackTo1252) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String thai = new String(new byte[] {b}, WINDOWS_874);
      if (thai.charAt(0) != '\uFFFD') {
        out.append(thai);
      } else if (fallbackTo1252) {
        String latin = new String(new byte[] {b}, WINDOWS_1252);
        out.append(latin.charAt(0) == '\uFFFD' ? "" : latin);
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }

  /** JSON as WordPress writes it: every non-ASCII character as a {@code \\u} escape. */
  private static String escapeNonAscii(String json) {
    StringBuilder out = new StringBuilder();
    for (char c : json.toCharArray()) {
      out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  private ParsedBlueprint parseResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/blueprint-documents/" + name)) {
      assertThat(in).as(name).isNotNull();
      return parser.parse(in.readAllBytes(), name);
    }
  }

  private static Map<String, String> linked(String... labelsAndTexts) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      map.put(labelsAndTexts[i], labelsAndTexts[i + 1]);
    }
    return map;
  }

  private static void paragraph(XWPFDocument document, String style, String text) {
    var paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
  }

  private static void fill(XWPFTable table, int row, String... cells) {
    List<String> values = List.of(cells);
    for (int i = 0; i < values.size(); i++) {
      table.getRow(row).getCell(i).setText(values.get(i));
    }
  }
}
