package org.cadre.services.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.competency.Assessed;
import org.cadre.domain.competency.AssessedLevels;
import org.cadre.domain.competency.CompetencyCoverage;
import org.cadre.domain.competency.Coverage;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.Readiness;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.Requirement;
import org.cadre.domain.competency.StaleRule;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.services.competency.BlueprintLevel;
import org.cadre.services.demo.GeneratedOrganisation.Rating;

/**
 * The demo's assessments made to show what the competency pages are for, on top of those the
 * organisation was generated with: every person is assessed in every competency their blueprint
 * requires (around the required level, a few of them long ago, so stale); in every team one
 * critical competency comes to rest on one person (the others were assessed below the level it
 * needs); and for every plan line with a gap, the two people closest to its blueprint are assessed
 * up to it, so that the gap has ready internal candidates. Plain logic on the people as read, so
 * that tests pin what it promises.
 */
final class AssessmentSpread {

  /** Candidates made ready for each seat with a gap. */
  static final int CANDIDATES_PER_GAP = 2;

  /** The share of fill-in assessments made long ago, when the person was there. */
  private static final int STALE_PERCENT = 8;

  /**
   * What to write.
   *
   * @param inserts new assessments
   * @param updates assessments made today already, with another level
   */
  record Result(List<Rating> inserts, List<Rating> updates) {}

  private final Map<String, PersonSkills> people = new LinkedHashMap<>();
  private final Map<String, Map<Long, Assessed>> levels = new HashMap<>();
  private final Map<String, LocalDate> hired;
  private final Map<Long, RequiredProfile> profiles;
  private final LocalDate today;
  private final Random random;
  private final Map<String, Rating> inserts = new LinkedHashMap<>();
  private final Map<String, Rating> updates = new LinkedHashMap<>();

  /**
   * Levels a person may not reach in a competency, lest their team's competency at risk be held.
   */
  private final Map<String, Map<Long, Integer>> caps = new HashMap<>();

  private AssessmentSpread(
      Collection<PersonSkills> people,
      Map<String, LocalDate> hired,
      Map<Long, RequiredProfile> profiles,
      LocalDate today,
      Random random) {
    for (PersonSkills person : people) {
      this.people.put(person.number(), person);
      Map<Long, Assessed> own = new HashMap<>();
      person.levels().all().forEach(a -> own.put(a.competencyId(), a));
      levels.put(person.number(), own);
    }
    this.hired = hired;
    this.profiles = profiles;
    this.today = today;
    this.random = random;
  }

  /**
   * @param people the people in post with their latest assessments
   * @param hired their hire dates, by employee number
   * @param profiles the published requirements, by blueprint id
   * @param gaps the blueprints and levels of plan lines with a gap
   */
  static Result spread(
      Collection<PersonSkills> people,
      Map<String, LocalDate> hired,
      Map<Long, RequiredProfile> profiles,
      Collection<BlueprintLevel> gaps,
      LocalDate today,
      Random random) {
    AssessmentSpread spread = new AssessmentSpread(people, hired, profiles, today, random);
    spread.fillIn();
    spread.putOneCriticalCompetencyAtRiskPerTeam();
    spread.makeCandidatesReady(gaps);
    return new Result(List.copyOf(spread.inserts.values()), List.copyOf(spread.updates.values()));
  }

  /** The people with the assessments as spread. */
  List<PersonSkills> current() {
    return people.values().stream()
        .map(
            p ->
                new PersonSkills(
                    p.number(),
                    p.name(),
                    p.unitCode(),
                    p.blueprintId(),
                    p.level(),
                    AssessedLevels.latestOf(levels.get(p.number()).values())))
        .toList();
  }

  private void fillIn() {
    for (PersonSkills person : people.values()) {
      RequiredProfile profile = profileOf(person);
      if (profile == null) {
        continue;
      }
      LocalDate since = hired.getOrDefault(person.number(), today.minusYears(1));
      for (Requirement requirement : profile.requirements()) {
        if (levels.get(person.number()).containsKey(requirement.competencyId())) {
          continue;
        }
        int draw = random.nextInt(100);
        int offset = draw < 30 ? -1 : draw < 75 ? 0 : 1;
        int level = Math.max(0, Math.min(5, requirement.level() + offset));
        boolean stale =
            random.nextInt(100) < STALE_PERCENT
                && since.isBefore(today.minusMonths(StaleRule.DEFAULT_MONTHS + 12));
        LocalDate on =
            stale
                ? today.minusMonths(StaleRule.DEFAULT_MONTHS + 1 + random.nextInt(12))
                : withinLastYear(since);
        write(person.number(), requirement.competencyId(), level, on);
      }
    }
  }

  private LocalDate withinLastYear(LocalDate since) {
    LocalDate from = since.isAfter(today.minusDays(364)) ? since : today.minusDays(364);
    if (from.isAfter(today)) {
      return today;
    }
    return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, today) + 1));
  }

  /**
   * In each team without one yet, the critical competency with the fewest holders (needed by two
   * people or more where there is one) is left to its best holder: the others are assessed again,
   * one level below the highest level it requires in the team.
   */
  private void putOneCriticalCompetencyAtRiskPerTeam() {
    Map<String, List<PersonSkills>> teams = new LinkedHashMap<>();
    current().forEach(p -> teams.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p));
    for (List<PersonSkills> team : teams.values()) {
      Coverage coverage = Coverage.of(team, profiles);
      if (!coverage.atRisk().isEmpty()) {
        continue;
      }
      coverage.competencies().stream()
          .filter(CompetencyCoverage::critical)
          .min(
              Comparator.comparing((CompetencyCoverage c) -> c.needed() < 2)
                  .thenComparingInt(CompetencyCoverage::holders)
                  .thenComparing(CompetencyCoverage::name))
          .ifPresent(c -> leaveToOne(team, c));
    }
  }

  private void leaveToOne(List<PersonSkills> team, CompetencyCoverage competency) {
    long id = competency.competencyId();
    int below = Math.max(0, competency.highestRequired() - 1);
    PersonSkills keeper =
        team.stream()
            .max(
                Comparator.comparingInt((PersonSkills p) -> p.levels().level(id))
                    .thenComparing(PersonSkills::number, Comparator.reverseOrder()))
            .orElseThrow();
    for (PersonSkills person : team) {
      if (person != keeper) {
        caps.computeIfAbsent(person.number(), n -> new HashMap<>()).put(id, below);
        if (person.levels().level(id) > below) {
          reassess(person.number(), id, below);
        }
      }
    }
  }

  /**
   * For each seat with a gap, the people closest to its blueprint (who do not hold it at that
   * level) are assessed up to its requirements, as far as their team's competency at risk allows.
   */
  private void makeCandidatesReady(Collection<BlueprintLevel> gaps) {
    Set<String> lifted = new HashSet<>();
    List<BlueprintLevel> seats =
        gaps.stream()
            .distinct()
            .sorted(
                Comparator.comparingLong(BlueprintLevel::blueprintId)
                    .thenComparing(s -> s.level() == null ? "" : s.level().name()))
            .toList();
    for (BlueprintLevel seat : seats) {
      RequiredProfile profile = profiles.get(seat.blueprintId());
      if (profile == null) {
        continue;
      }
      List<PersonSkills> closest =
          current().stream()
              .filter(p -> !p.holds(seat.blueprintId(), seat.level()))
              .filter(p -> !lifted.contains(p.number()))
              .sorted(
                  Comparator.comparingDouble(
                          (PersonSkills p) ->
                              Readiness.of(profile, p.levels(), StaleRule.DEFAULT, today)
                                  .proportionalMethod())
                      .reversed()
                      .thenComparing(PersonSkills::number))
              .limit(CANDIDATES_PER_GAP)
              .toList();
      for (PersonSkills person : closest) {
        lifted.add(person.number());
        for (Requirement requirement : profile.requirements()) {
          int target =
              Math.min(
                  requirement.level(),
                  caps.getOrDefault(person.number(), Map.of())
                      .getOrDefault(requirement.competencyId(), requirement.level()));
          if (person.levels().level(requirement.competencyId()) < target) {
            reassess(person.number(), requirement.competencyId(), target);
          }
        }
      }
    }
  }

  /**
   * The competency assessed again at the level: a newer assessment within the last month (one this
   * spread wrote already changes its level instead; one made today is updated).
   */
  private void reassess(String number, long competencyId, int level) {
    Assessed latest = levels.get(number).get(competencyId);
    String key = number + "/" + competencyId;
    if (inserts.containsKey(key)) {
      write(number, competencyId, level, latest.assessedOn());
    } else if (latest == null) {
      write(number, competencyId, level, today.minusDays(random.nextInt(30)));
    } else if (latest.assessedOn().isBefore(today)) {
      LocalDate after = latest.assessedOn().plusDays(1);
      LocalDate from = after.isAfter(today.minusDays(29)) ? after : today.minusDays(29);
      int days = (int) ChronoUnit.DAYS.between(from, today) + 1;
      write(number, competencyId, level, from.plusDays(random.nextInt(days)));
    } else {
      updates.put(key, rating(number, competencyId, level, today));
      levels.get(number).put(competencyId, new Assessed(competencyId, level, today, null));
    }
  }

  private void write(String number, long competencyId, int level, LocalDate on) {
    inserts.put(number + "/" + competencyId, rating(number, competencyId, level, on));
    levels.get(number).put(competencyId, new Assessed(competencyId, level, on, null));
  }

  private Rating rating(String number, long competencyId, int level, LocalDate on) {
    return new Rating(
        number,
        competencyId,
        level,
        on,
        random.nextInt(10) < 7 ? AssessmentSource.MANAGER : AssessmentSource.SELF);
  }

  private RequiredProfile profileOf(PersonSkills person) {
    return person.blueprintId() == null ? null : profiles.get(person.blueprintId());
  }
}
