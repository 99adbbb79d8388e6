package org.cadre.reports.blueprint;

import java.time.LocalDate;
import java.util.List;

/**
 * What the blueprint profile PDF shows: one revision of a role blueprint, in words ready to print
 * (labels, not codes).
 *
 * @param facts one line of level, family and track, e.g. "Senior · Engineering · Individual
 *     contributor"
 * @param status e.g. "Published · revision 2"
 */
public record BlueprintProfile(
    String title,
    String facts,
    String status,
    String summary,
    List<Skill> technicalSkills,
    LocalDate printedOn) {

  public BlueprintProfile {
    technicalSkills = List.copyOf(technicalSkills);
  }

  /**
   * A technical skill under its tier heading.
   *
   * @param importance the normalised importance label ("Critical"), or null when the blueprint's
   *     wording has none
   * @param importanceCode the importance as a code (CRITICAL...), used for the badge colour
   */
  public record Skill(
      String tier,
      String name,
      String importance,
      String importanceCode,
      String importanceText,
      String description,
      String typicalUse) {}
}
