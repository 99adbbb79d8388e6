package org.cadre.domain.hiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The interview rating scale, 1 to 4, and how a skill's ratings become a proficiency level (0-5)
 * when a hire's assessments are seeded. A rating says how the candidate stands against the level
 * the blueprint requires of the skill (r):
 *
 * <ul>
 *   <li>1, well below the bar: r - 2 (not below 0)
 *   <li>2, below the bar: r - 1 (not below 0)
 *   <li>3, meets the bar: r
 *   <li>4, above the bar: r + 1 (not above 5)
 * </ul>
 *
 * When several interviewers rated the skill, the hire's level is the lower median of their levels:
 * the middle one, or of the two middle ones the lower, so one generous rating never lifts it.
 */
public final class RatingScale {

  public static final int MIN = 1;
  public static final int MAX = 4;
  public static final int MIN_LEVEL = 0;
  public static final int MAX_LEVEL = 5;

  private static final List<String> LABELS =
      List.of("Well below the bar", "Below the bar", "Meets the bar", "Above the bar");

  private RatingScale() {}

  /** Why the rating is not on the scale, or empty when it is. */
  public static Optional<String> problem(Integer rating) {
    if (rating == null || rating < MIN || rating > MAX) {
      return Optional.of(
          "a rating is a whole number from " + MIN + " to " + MAX + ", not " + rating);
    }
    return Optional.empty();
  }

  public static String label(int rating) {
    problem(rating)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    return LABELS.get(rating - MIN);
  }

  /** The proficiency level (0-5) a rating means for a skill that requires the level. */
  public static int level(int rating, int requiredLevel) {
    problem(rating)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    if (requiredLevel < MIN_LEVEL || requiredLevel > MAX_LEVEL) {
      throw new IllegalArgumentException("a required level is 0 to 5, not " + requiredLevel);
    }
    int level = requiredLevel + rating - 3;
    return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, level));
  }

  /** The level of several interviewers' levels for one skill: their lower median. */
  public static int combined(Collection<Integer> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("no levels to combine");
    }
    List<Integer> sorted = new ArrayList<>(levels);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }
}
