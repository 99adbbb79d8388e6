package org.cadre.services.blueprint.document;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;

/**
 * What a blueprint document says, as structured data, plus the warnings raised while reading it.
 *
 * <p>Text fields hold the document's own wording, cleaned of markup; a field is {@code null} when
 * the document does not say it. Lists are never {@code null}. {@link #sections()} holds every
 * numbered section in document order, including those also read into the structured fields.
 *
 * @param level the seniority named by the title; {@code null} when the title names none
 * @param family the department or job family when the document names it
 * @param summary the opening paragraphs of the role summary
 * @param warnings what was skipped or uncertain, in human-readable sentences
 */
public record ParsedBlueprint(
    String title,
    Level level,
    Track track,
    String family,
    String summary,
    Source source,
    List<TechnicalSkill> technicalSkills,
    List<SoftSkill> softSkills,
    List<Kpi> kpis,
    List<Tool> tools,
    List<ScorecardDimension> scorecard,
    CareerPath careerPath,
    Experience experience,
    List<String> education,
    List<String> certifications,
    List<ItemGroup> responsibilities,
    List<ItemGroup> activities,
    List<ItemGroup> deliverables,
    List<ItemGroup> goals,
    List<Section> sections,
    List<String> warnings) {

  public ParsedBlueprint {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(careerPath, "careerPath");
    Objects.requireNonNull(experience, "experience");
    technicalSkills = List.copyOf(technicalSkills);
    softSkills = List.copyOf(softSkills);
    kpis = List.copyOf(kpis);
    tools = List.copyOf(tools);
    scorecard = List.copyOf(scorecard);
    education = List.copyOf(education);
    certifications = List.copyOf(certifications);
    responsibilities = List.copyOf(responsibilities);
    activities = List.copyOf(activities);
    deliverables = List.copyOf(deliverables);
    goals = List.copyOf(goals);
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /**
   * Where the blueprint came from.
   *
   * @param url the post's or page's address, when the document holds it
   * @param modified when the document was last modified, when it says so
   * @param sha256 lower-case hex SHA-256 of the uploaded bytes, to recognise a repeated upload
   */
  public record Source(DocumentFormat format, String url, Instant modified, String sha256) {
    public Source {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * A technical skill. The name is given without an importance parenthetical such as "(Critical)";
   * {@code importanceText} keeps the document's wording, {@code importance} the first of Critical,
   * Important, Optional or Context-specific that the wording uses ({@code null} when it uses none,
   * e.g. "Expert").
   */
  public record TechnicalSkill(
      SkillTier tier,
      String name,
      String description,
      String typicalUse,
      Importance importance,
      String importanceText) {}

  /** A soft skill or behavioural capability. */
  public record SoftSkill(
      String name, String whyItMatters, String showsUpAs, String strongPerformance) {}

  /**
   * A KPI. When a flattened text table could not be split into columns with confidence, {@code
   * name} holds the row's text whole and a warning says so.
   */
  public record Kpi(
      String name, String measures, String whyItMatters, String target, String frequency) {}

  /** A tool, with how common it is in the role: normalised, and as the document words it. */
  public record Tool(
      String category, String tool, String use, Commonality commonality, String commonalityText) {}

  /**
   * A hiring scorecard dimension with its rating anchors, column label to text, in the document's
   * order ("What strong looks like", "What 5 looks like", "Meets bar", ...); empty when the
   * document only names the dimension.
   */
  public record ScorecardDimension(String dimension, Map<String, String> anchors) {
    public ScorecardDimension {
      anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
    }
  }

  /** Roles that lead into this one, that follow it, and that sit beside it. */
  public record CareerPath(
      List<CareerRole> feeder, List<CareerRole> next, List<CareerRole> adjacent) {
    public CareerPath {
      feeder = List.copyOf(feeder);
      next = List.copyOf(next);
      adjacent = List.copyOf(adjacent);
    }
  }

  /** A role on the career path: its title and the document's note on it, if any. */
  public record CareerRole(String title, String note) {}

  /**
   * Years of experience asked for: "8–12+ years" is 8 to 12, "10+ years" is at least 10 ({@code
   * maxYears} null). {@code text} is the document's statement.
   */
  public record Experience(Integer minYears, Integer maxYears, String text) {}

  /**
   * Items under one heading of a section, e.g. the "Daily activities" or "30-day goals". {@code
   * group} is {@code null} for items that stand under no heading of their own.
   */
  public record ItemGroup(String group, List<String> items) {
    public ItemGroup {
      items = List.copyOf(items);
    }
  }

  /** A numbered section: its heading without the number, and its text. */
  public record Section(String heading, String text) {}
}
