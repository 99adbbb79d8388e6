package org.cadre.domain.competency;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's assessment in a competency as the numbers use it: the level, the day, and the level
 * their blueprint required when it was made (kept, so that a newer revision never rewrites a past
 * gap).
 *
 * @param requiredThen null when the person's blueprint did not require the competency then
 */
public record Assessed(long competencyId, int level, LocalDate assessedOn, Integer requiredThen) {

  public Assessed {
    Objects.requireNonNull(assessedOn, "assessedOn");
  }

  /** The gap when the assessment was made: required then minus assessed. */
  public Optional<Integer> gapThen() {
    return Optional.ofNullable(requiredThen).map(required -> required - level);
  }
}
