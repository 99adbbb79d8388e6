package org.cadre.domain.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;

/**
 * A hand-built team for the competency numbers: competencies, blueprints and people whose
 * assessments the tests work out by hand (and {@code docs/competencies.md} uses as its example).
 */
final class Team {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  static final LocalDate RECENT = LocalDate.of(2026, 3, 2);

  static final long KUBERNETES = 1;
  static final long TERRAFORM = 2;
  static final long GO = 3;
  static final long LINUX = 4;

  static final long PLATFORM_ENGINEER = 10;
  static final long SRE = 20;

  /** Kubernetes critical (4), Terraform important (3), Go optional (2). */
  static final RequiredProfile PLATFORM =
      new RequiredProfile(
          PLATFORM_ENGINEER,
          "Platform Engineer",
          List.of(
              new Requirement(KUBERNETES, "Kubernetes", Importance.CRITICAL, 4),
              new Requirement(TERRAFORM, "Terraform", Importance.IMPORTANT, 3),
              new Requirement(GO, "Go", Importance.OPTIONAL, 2)));

  /** Kubernetes critical, set to 5 by HR; Linux important (3). */
  static final RequiredProfile RELIABILITY =
      new RequiredProfile(
          SRE,
          "Site Reliability Engineer",
          List.of(
              new Requirement(KUBERNETES, "Kubernetes", Importance.CRITICAL, 5),
              new Requirement(LINUX, "Linux", Importance.IMPORTANT, 3)));

  private Team() {}

  /** Levels as "competency, level" pairs, all assessed on {@link #RECENT}. */
  static AssessedLevels levels(long... pairs) {
    List<Assessed> assessed = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      assessed.add(new Assessed(pairs[i], (int) pairs[i + 1], RECENT, null));
    }
    return AssessedLevels.latestOf(assessed);
  }

  static PersonSkills person(String number, Long blueprint, Level level, AssessedLevels levels) {
    return new PersonSkills(number, "Person " + number, "ENG-PLAT", blueprint, level, levels);
  }

  static final PersonSkills ANA =
      person("E1", PLATFORM_ENGINEER, Level.SENIOR, levels(KUBERNETES, 4, TERRAFORM, 2));
  static final PersonSkills BEN =
      person("E2", PLATFORM_ENGINEER, Level.MID, levels(KUBERNETES, 3, TERRAFORM, 3, GO, 2));
  static final PersonSkills CY = person("E3", SRE, Level.SENIOR, levels(KUBERNETES, 5, LINUX, 3));
  static final PersonSkills DEE = person("E4", null, null, levels(KUBERNETES, 5, TERRAFORM, 4));
  static final PersonSkills EVE = person("E5", 99L, Level.MID, levels(GO, 5));
}
