package org.cadre.services.blueprint.document;

import java.util.Locale;

/** What a section of a blueprint is about, recognised from the words of its heading. */
public enum SectionKind {
  SUMMARY,
  RESPONSIBILITIES,
  ACTIVITIES,
  DELIVERABLES,
  GOALS,
  KPIS,
  TECHNICAL_SKILLS,
  SOFT_SKILLS,
  TOOLS,
  EXPERIENCE,
  CAREER_PATH,
  HIRING,
  SCORECARD,
  OTHER;

  /**
   * The kind of a section heading. The checks run from the most specific wording to the least:
   * "Final Role Scorecard Summary" is a closing summary, not the hiring scorecard; "Soft Skills"
   * must be seen before any other "skills".
   */
  public static SectionKind of(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.contains("scorecard") && (h.contains("summary") || h.contains("final"))) {
      return OTHER;
    }
    if (h.contains("scorecard") || h.contains("rubric")) {
      return SCORECARD;
    }
    if (h.contains("hiring") || h.contains("interview") || h.contains("evaluation criteria")) {
      return HIRING;
    }
    if (h.contains("kpi")
        || h.contains("metric")
        || h.contains("key performance")
        || h.contains("measures of success")) {
      return KPIS;
    }
    if (h.contains("soft skill") || h.contains("behavio") || h.contains("interpersonal")) {
      return SOFT_SKILLS;
    }
    if (h.contains("skill") || h.contains("technical competenc")) {
      return TECHNICAL_SKILLS;
    }
    if (h.contains("tool")) {
      return TOOLS;
    }
    if (h.contains("responsibilit") || h.contains("accountabilit") || h.contains("duties")) {
      return RESPONSIBILITIES;
    }
    if (h.contains("day-to-day")
        || h.contains("day to day")
        || h.contains("activities")
        || h.contains("typical week")) {
      return ACTIVITIES;
    }
    if (h.contains("deliverable") || h.contains("outputs")) {
      return DELIVERABLES;
    }
    if (h.contains("goal") || h.contains("objective") || h.contains("milestone")) {
      return GOALS;
    }
    if (h.contains("experience")
        || h.contains("qualification")
        || h.contains("education")
        || h.contains("background")) {
      return EXPERIENCE;
    }
    if (h.contains("career") || h.contains("progression") || h.contains("growth path")) {
      return CAREER_PATH;
    }
    if (h.contains("summary") || h.contains("overview") || h.contains("about the role")) {
      return SUMMARY;
    }
    return OTHER;
  }

  /** Whether the kind holds blueprint content (a summary or "other" section alone does not). */
  boolean isBlueprintContent() {
    return this != SUMMARY && this != OTHER;
  }
}
