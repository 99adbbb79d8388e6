package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.ParsedBlueprint.ItemGroup;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.ParsedBlueprint.Section;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same blueprint as WordPress JSON, saved page, plain text and .docx reads the same. */
class FormatEquivalenceTest {

  private static final BlueprintDocumentParser PARSER = new BlueprintDocumentParser();

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(
            "post.json", SyntheticBlueprint.wordPressJson(), DocumentFormat.WORDPRESS_JSON),
        Arguments.of("page.html", SyntheticBlueprint.savedPage(), DocumentFormat.HTML),
        Arguments.of(
            "page.txt",
            SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8),
            DocumentFormat.TEXT),
        Arguments.of("blueprint.docx", SyntheticBlueprint.docx(), DocumentFormat.DOCX));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void readsTheBlueprintFromEachFormat(String name, byte[] content, DocumentFormat format) {
    ParsedBlueprint blueprint = PARSER.parse(content, name);

    assertThat(blueprint.source().format()).isEqualTo(format);
    assertThat(blueprint.title()).isEqualTo(SyntheticBlueprint.TITLE);
    assertThat(blueprint.level()).isEqualTo(Level.SENIOR);
    assertThat(blueprint.track()).isEqualTo(Track.INDIVIDUAL_CONTRIBUTOR);
    assertThat(blueprint.family()).isEqualTo("Quality Engineering");
    assertThat(blueprint.sections()).hasSize(SyntheticBlueprint.SECTIONS.size());
    assertThat(blueprint.technicalSkills())
        .containsExactly(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Test framework design",
                "Layering page objects, API clients and fixtures so tests stay readable.",
                "Structuring new suites and refactoring old ones.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "CI/CD pipeline integration",
                "Running suites in parallel stages and publishing results.",
                "Gating merges on fast, reliable checks.",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "API testing",
                "Contract and behaviour checks against service endpoints.",
                "Covering business rules below the user interface.",
                Importance.IMPORTANT,
                "Important to Critical depending on org"),
            new TechnicalSkill(
                SkillTier.GOOD_TO_HAVE,
                "Performance testing",
                "Load profiles, baselines and regression thresholds.",
                "Catching slowdowns before release.",
                Importance.OPTIONAL,
                "Optional"),
            new TechnicalSkill(
                SkillTier.ADVANCED,
                "Contract testing at scale",
                "Consumer-driven contracts across many services.",
                "Letting teams release independently.",
                null,
                "Expert"),
            new TechnicalSkill(
                SkillTier.EMERGING,
                "AI-assisted test generation",
                "Using models to propose test cases and data.",
                "Widening coverage of edge cases.",
                Importance.CONTEXT_SPECIFIC,
                "Context-specific"));
    assertThat(blueprint.kpis())
        .contains(
            new Kpi(
                "Suite run time",
                "Median duration of the regression suite",
                "Slow feedback delays merges",
                "Under 15 minutes for the smoke suite",
                "Per release"))
        .hasSize(4);
    assertThat(blueprint.tools())
        .contains(
            new Tool(
                "API testing",
                "Postman",
                "Ad hoc checks of service endpoints",
                Commonality.OPTIONAL,
                "Optional (Common in API-heavy teams)"))
        .hasSize(5);
    assertThat(blueprint.scorecard()).hasSize(3);
    assertThat(blueprint.scorecard().get(0).anchors())
        .containsExactly(
            entry("What “strong” looks like", "Builds layered, maintainable suites"),
            entry("Evidence sources", "Design interview"));
    assertThat(blueprint.careerPath().next())
        .containsExactly(
            new CareerRole("Staff Quality Engineer", "sets test strategy across several teams"),
            new CareerRole(
                "Quality Engineering Manager",
                "people leadership of testers and automation engineers"));
    assertThat(blueprint.experience().minYears()).isEqualTo(5);
    assertThat(blueprint.experience().maxYears()).isEqualTo(8);
    assertThat(blueprint.goals())
        .extracting(ItemGroup::group)
        .containsExactly(
            "30-day goals (learn the system)",
            "60-day goals (stabilise)",
            "90-day goals (speed up feedback)",
            "6-month milestones",
            "12-month objectives");
    assertThat(blueprint.deliverables())
        .containsExactly(
            new ItemGroup(
                "Test assets",
                List.of(
                    "A layered automation framework with examples for each layer.",
                    "Reusable fixtures and test data builders.")),
            new ItemGroup(
                "Reports",
                List.of("A monthly quality dashboard covering escaped defects and suite health.")));
  }

  @Test
  void allFormatsGiveTheSameStructuredResult() {
    List<ParsedBlueprint> parsed =
        formats().map(a -> PARSER.parse((byte[]) a.get()[1], (String) a.get()[0])).toList();
    Map<String, Object> reference = structure(parsed.get(0));
    for (ParsedBlueprint blueprint : parsed.subList(1, parsed.size())) {
      assertThat(structure(blueprint)).as(blueprint.source().format().label()).isEqualTo(reference);
    }
  }

  @Test
  void keepsTheSourceDetailsEachFormatCarries() {
    ParsedBlueprint post = PARSER.parse(SyntheticBlueprint.wordPressJson(), "post.json");
    ParsedBlueprint page = PARSER.parse(SyntheticBlueprint.savedPage(), "page.html");
    ParsedBlueprint docx = PARSER.parse(SyntheticBlueprint.docx(), "blueprint.docx");

    Instant modified = Instant.parse("2026-03-02T09:15:00Z");
    assertThat(post.source().url()).isEqualTo(SyntheticBlueprint.URL);
    assertThat(post.source().modified()).isEqualTo(modified);
    assertThat(page.source().url()).isEqualTo(SyntheticBlueprint.URL);
    assertThat(page.source().modified()).isEqualTo(modified);
    assertThat(docx.source().modified()).isEqualTo(modified);
    assertThat(post.source().sha256()).isNotEqualTo(page.source().sha256());
  }

  /** Everything except where the blueprint came from, the section texts and the warnings. */
  private static Map<String, Object> structure(ParsedBlueprint b) {
    return Map.ofEntries(
        entry("title", b.title()),
        entry("level", b.level()),
        entry("track", b.track()),
        entry("family", b.family()),
        entry("summary", b.summary()),
        entry("technicalSkills", b.technicalSkills()),
        entry("softSkills", b.softSkills()),
        entry("kpis", b.kpis()),
        entry("tools", b.tools()),
        entry("scorecard", b.scorecard()),
        entry("careerPath", b.careerPath()),
        entry("experience", b.experience()),
        entry("education", b.education()),
        entry("certifications", b.certifications()),
        entry("responsibilities", b.responsibilities()),
        entry("activities", b.activities()),
        entry("deliverables", b.deliverables()),
        entry("goals", b.goals()),
        entry("headings", b.sections().stream().map(Section::heading).toList()));
  }
}
