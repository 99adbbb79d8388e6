package org.cadre.domain.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's proficiency in a competency on a day, from 0 (none) to 5 (expert), and who judged
 * it. An employee has at most one assessment per competency and day: that is its natural key.
 */
public record AssessmentRecord(
    long employeeId, long competencyId, int level, LocalDate assessedOn, AssessmentSource source) {

  public static final int MIN_LEVEL = 0;
  public static final int MAX_LEVEL = 5;

  public AssessmentRecord {
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(source, "source");
    levelProblem(level)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  /** Why a proficiency level is not allowed, if it is not. */
  public static Optional<String> levelProblem(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      return Optional.of(
          "a proficiency level is a whole number from "
              + MIN_LEVEL
              + " (none) to "
              + MAX_LEVEL
              + " (expert), not "
              + level);
    }
    return Optional.empty();
  }

  public AssessmentKey key() {
    return new AssessmentKey(employeeId, competencyId, assessedOn);
  }
}
