package org.cadre.domain.competency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How close a person is to a blueprint, skill by skill, by two methods shown side by side: the
 * {@link #countMethod() count} of required skills met, and the {@link #proportionalMethod()
 * proportional} mean of how far each is met; plus the {@link #weightedGap() weighted gap}. A
 * blueprint that requires nothing is met by everyone (readiness 1 by both methods).
 */
public record Readiness(RequiredProfile profile, List<SkillGap> skills) {

  public Readiness {
    skills = List.copyOf(skills);
  }

  /** The person's assessed levels against every requirement of the profile. */
  public static Readiness of(
      RequiredProfile profile, AssessedLevels levels, StaleRule stale, LocalDate today) {
    return new Readiness(
        profile,
        profile.requirements().stream()
            .map(
                r -> {
                  Assessed assessed = levels.latest(r.competencyId()).orElse(null);
                  return new SkillGap(
                      r, assessed, assessed != null && stale.isStale(assessed.assessedOn(), today));
                })
            .toList());
  }

  /** The share of required skills assessed at or above the required level. */
  public double countMethod() {
    if (skills.isEmpty()) {
      return 1.0;
    }
    return (double) skills.stream().filter(SkillGap::met).count() / skills.size();
  }

  /** The mean over required skills of min(1, assessed / required). */
  public double proportionalMethod() {
    if (skills.isEmpty()) {
      return 1.0;
    }
    return skills.stream().mapToDouble(SkillGap::proportion).sum() / skills.size();
  }

  /** The sum over required skills of weight x max(0, required - assessed). */
  public int weightedGap() {
    return skills.stream().mapToInt(SkillGap::weightedGap).sum();
  }

  /** The skills still below their required level, the heaviest missing first. */
  public List<SkillGap> skillsToClose() {
    return skills.stream()
        .filter(s -> !s.met())
        .sorted(
            Comparator.comparingInt(SkillGap::weightedGap)
                .reversed()
                .thenComparing(s -> s.requirement().name()))
        .toList();
  }
}
