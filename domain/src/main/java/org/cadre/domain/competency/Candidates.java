package org.cadre.domain.competency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.cadre.domain.blueprint.Level;

/**
 * Internal candidates for a blueprint at a level: people whose proportional readiness for it is at
 * least a threshold, ranked by readiness (highest first), then weighted gap (smallest first), then
 * employee number. People who already hold the blueprint at that level (at any level, when none is
 * given) fill such a seat already and are not candidates.
 */
public final class Candidates {

  public static final double DEFAULT_MIN_READINESS = 0.7;

  private Candidates() {}

  public static List<Candidate> rank(
      RequiredProfile profile,
      Level level,
      Collection<PersonSkills> people,
      double minReadiness,
      StaleRule stale,
      LocalDate today) {
    if (minReadiness < 0 || minReadiness > 1) {
      throw new IllegalArgumentException(
          "a minimum readiness is a share from 0 to 1, not " + minReadiness);
    }
    return people.stream()
        .filter(p -> !p.holds(profile.blueprintId(), level))
        .map(p -> new Candidate(p, Readiness.of(profile, p.levels(), stale, today)))
        .filter(c -> c.readiness().proportionalMethod() >= minReadiness)
        .sorted(
            Comparator.comparingDouble((Candidate c) -> c.readiness().proportionalMethod())
                .reversed()
                .thenComparingInt(c -> c.readiness().weightedGap())
                .thenComparing(c -> c.person().number()))
        .toList();
  }
}
