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
    if (h.contains("hiring")
        || h.contains("interview")
        || h.contains("evaluation criteria")
        || h.contains("selection criteria")
        || h.contains("candidate")) {
      return HIRING;
    }
    if (h.contains("kpi")
        || h.contains("metric")
        || h.contains("key performance")
        || h.contains("measures of success")
        || h.contains("success measures")
        || h.contains("okr")) {
      return KPIS;
    }
    if (h.contains("soft skill")
        || h.contains("behavio")
        || h.contains("interpersonal")
        || h.contains("people skill")
        || h.contains("leadership competenc")) {
      return SOFT_SKILLS;
    }
    if (h.contains("skill")
        || h.contains("technical competenc")
        || h.contains("technical knowledge")
        || h.contains("technical expertise")) {
      return TECHNICAL_SKILLS;
    }
    if (h.contains("tool") || h.contains("technologies") || h.contains("software and")) {
      return TOOLS;
    }
    if (h.contains("responsibilit")
        || h.contains("accountabilit")
        || h.contains("duties")
        || h.contains("what you will do")
        || h.contains("what you’ll do")
        || h.contains("what you'll do")) {
      return RESPONSIBILITIES;
    }
    if (h.contains("day-to-day")
        || h.contains("day to day")
        || h.contains("activities")
        || h.contains("typical week")
        || h.contains("typical day")
        || h.contains("day in the life")) {
      return ACTIVITIES;
    }
    if (h.contains("deliverable")
        || h.contains("outputs")
        || h.contains("artifacts")
        || h.contains("artefacts")) {
      return DELIVERABLES;
    }
    if (h.contains("goal")
        || h.contains("objective")
        || h.contains("milestone")
        || h.contains("30-60-90")
        || h.contains("first 90 days")) {
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
