package org.cadre.domain.blueprint;

import java.util.List;
import java.util.Objects;

/** What one revision of a blueprint says: the input to drafting or revising a blueprint. */
public record BlueprintContent(
    String title,
    String family,
    Level level,
    Track track,
    String summary,
    List<TechnicalSkill> technicalSkills) {

  public static final int TITLE_MAX = 200;
  public static final int FAMILY_MAX = 100;
  public static final int SUMMARY_MAX = 8000;

  public BlueprintContent {
    title = Text.required(title, "title", TITLE_MAX);
    family = Text.optional(family, "family", FAMILY_MAX);
    summary = Text.optional(summary, "summary", SUMMARY_MAX);
    Objects.requireNonNull(track, "track");
    technicalSkills = List.copyOf(technicalSkills);
  }
}
