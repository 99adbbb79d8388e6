package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cadre's corpus of blueprint documents in Markdown and Word ({@code blueprint-corpus/}, see its
 * README): six roles, each written once as a web page and derived from it five ways (a converter's
 * Markdown, unwrapped and wrapped, pandoc's Markdown, a Word document converted from the page and
 * one typed by hand). Each derived document must read, item by item, as its web page does: skills
 * per tier with their importance, soft skills, KPIs, tools, scorecard dimensions and career paths.
 */
class CorpusEquivalenceTest {

  private static final BlueprintDocumentParser PARSER = new BlueprintDocumentParser();

  /**
   * What each web page holds, counted from the page itself: skills per tier (must-have,
   * good-to-have, advanced, emerging), soft skills, KPIs, tools, scorecard dimensions, and feeder,
   * next and adjacent roles.
   */
  private static final Map<String, List<Integer>> COUNTS =
      Map.of(
          "senior-payroll-systems-analyst", List.of(4, 2, 2, 2, 3, 4, 5, 4, 2, 2, 2),
          "lead-warehouse-automation-engineer", List.of(4, 2, 2, 2, 3, 5, 5, 3, 2, 2, 1),
          "staff-accessibility-engineer", List.of(4, 2, 2, 1, 3, 3, 5, 3, 2, 2, 2),
          "head-of-clinical-data-management", List.of(3, 2, 1, 2, 4, 4, 4, 3, 2, 2, 1),
          "principal-fraud-data-scientist", List.of(4, 2, 2, 2, 3, 5, 6, 3, 2, 2, 2),
          "customer-onboarding-operations-manager", List.of(3, 2, 1, 2, 3, 4, 4, 3, 2, 2, 2));

  /** The derived formats: file suffix and the format the parser must recognise. */
  private static final Map<String, DocumentFormat> DERIVED =
      Map.of(
          ".converter.md", DocumentFormat.MARKDOWN,
          ".wrapped.md", DocumentFormat.MARKDOWN,
          ".pandoc.md", DocumentFormat.MARKDOWN,
          ".converted.docx", DocumentFormat.DOCX,
          ".typed.docx", DocumentFormat.DOCX);

  static Stream<String> documents() {
    return COUNTS.keySet().stream().sorted();
  }

  static Stream<Arguments> derivedDocuments() {
    return documents()
        .flatMap(
            slug -> DERIVED.keySet().stream().sorted().map(suffix -> Arguments.of(slug, suffix)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theWebPageReadsAsItIsWritten(String slug) {
    ParsedBlueprint page = parse(slug + ".html");

    assertThat(page.source().format()).isEqualTo(DocumentFormat.HTML);
    assertThat(counts(page)).isEqualTo(COUNTS.get(slug));
    assertThat(page.technicalSkills())
        .allMatch(s -> s.importanceText() != null && s.description() != null);
    assertThat(page.warnings()).noneMatch(w -> w.startsWith("Section") || w.startsWith("Found no"));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("derivedDocuments")
  void readsEveryItemAsTheWebPageDoes(String slug, String suffix) {
    ParsedBlueprint page = parse(slug + ".html");
    ParsedBlueprint derived = parse(slug + suffix);

    assertThat(derived.source().format()).isEqualTo(DERIVED.get(suffix));
    assertThat(derived.title()).isEqualTo(page.title());
    TestDocuments.assertSameItems(derived, page);
    assertThat(derived.sections()).extracting(s -> s.heading()).isEqualTo(headings(page));
  }

  /**
   * The warnings about the blueprint's content (a section, field or value that could not be read)
   * are the same whatever the format; only those about the page around the article differ.
   */
  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("derivedDocuments")
  void warnsAboutTheContentAsTheWebPageDoes(String slug, String suffix) {
    assertThat(contentWarnings(parse(slug + suffix)))
        .isEqualTo(contentWarnings(parse(slug + ".html")));
  }

  private static List<String> headings(ParsedBlueprint blueprint) {
    return blueprint.sections().stream().map(s -> s.heading()).toList();
  }

  private static List<String> contentWarnings(ParsedBlueprint blueprint) {
    return blueprint.warnings().stream()
        .filter(w -> w.startsWith("Section") || w.startsWith("Found no"))
        .toList();
  }

  private static List<Integer> counts(ParsedBlueprint b) {
    List<Integer> counts = new ArrayList<>();
    for (SkillTier tier : SkillTier.values()) {
      counts.add(
          (int)
              b.technicalSkills().stream().map(TechnicalSkill::tier).filter(tier::equals).count());
    }
    counts.add(b.softSkills().size());
    counts.add(b.kpis().size());
    counts.add(b.tools().size());
    counts.add(b.scorecard().size());
    counts.add(b.careerPath().feeder().size());
    counts.add(b.careerPath().next().size());
    counts.add(b.careerPath().adjacent().size());
    return counts;
  }

  static ParsedBlueprint parse(String name) {
    try (InputStream in =
        CorpusEquivalenceTest.class.getResourceAsStream("/blueprint-corpus/" + name)) {
      assertThat(in).as(name).isNotNull();
      return PARSER.parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
