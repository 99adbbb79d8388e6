package org.cadre.domain.blueprint;

import java.util.List;
import java.util.Objects;

/**
 * What one revision of a blueprint says: the input to drafting or revising a blueprint. Two
 * contents are equal when they say the same, whatever document they came from.
 *
 * @param items responsibilities, activities, deliverables, goals, education and certifications,
 *     each under its group
 * @param sections every section of the source document, heading and text, in order
 */
public record BlueprintContent(
    String title,
    String family,
    Level level,
    Track track,
    String summary,
    List<TechnicalSkill> technicalSkills,
    List<SoftSkill> softSkills,
    List<Kpi> kpis,
    List<Tool> tools,
    List<ScorecardDimension> scorecard,
    List<CareerStep> careerPath,
    Experience experience,
    List<BlueprintItem> items,
    List<Section> sections) {

  public static final int TITLE_MAX = 200;
  public static final int FAMILY_MAX = 100;
  public static final int SUMMARY_MAX = 8000;

  public BlueprintContent {
    title = Text.required(title, "title", TITLE_MAX);
    family = Text.optional(family, "family", FAMILY_MAX);
    summary = Text.optional(summary, "summary", SUMMARY_MAX);
    Objects.requireNonNull(track, "track");
    technicalSkills = List.copyOf(technicalSkills);
    softSkills = List.copyOf(softSkills);
    kpis = List.copyOf(kpis);
    tools = List.copyOf(tools);
    scorecard = List.copyOf(scorecard);
    careerPath = List.copyOf(careerPath);
    experience = experience == null ? Experience.NONE : experience;
    items = List.copyOf(items);
    sections = List.copyOf(sections);
  }

  /** A blueprint of the essentials only: title, facts, summary and technical skills. */
  public static BlueprintContent of(
      String title,
      String family,
      Level level,
      Track track,
      String summary,
      List<TechnicalSkill> technicalSkills) {
    return new BlueprintContent(
        title,
        family,
        level,
        track,
        summary,
        technicalSkills,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Experience.NONE,
        List.of(),
        List.of());
  }

  /** The same content under other facts, as HR edits them on a draft. */
  public BlueprintContent withFacts(String title, String family, Level level, Track track) {
    return new BlueprintContent(
        title,
        family,
        level,
        track,
        summary,
        technicalSkills,
        softSkills,
        kpis,
        tools,
        scorecard,
        careerPath,
        experience,
        items,
        sections);
  }

  /** The same content with another career path. */
  public BlueprintContent withCareerPath(List<CareerStep> path) {
    return new BlueprintContent(
        title,
        family,
        level,
        track,
        summary,
        technicalSkills,
        softSkills,
        kpis,
        tools,
        scorecard,
        path,
        experience,
        items,
        sections);
  }

  /** The same content with other technical skills. */
  public BlueprintContent withTechnicalSkills(List<TechnicalSkill> skills) {
    return new BlueprintContent(
        title,
        family,
        level,
        track,
        summary,
        skills,
        softSkills,
        kpis,
        tools,
        scorecard,
        careerPath,
        experience,
        items,
        sections);
  }
}
