package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.competency.Assessed;
import org.cadre.domain.competency.AssessedLevels;
import org.cadre.domain.competency.Candidates;
import org.cadre.domain.competency.Coverage;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.Requirement;
import org.cadre.domain.competency.StaleRule;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.services.competency.BlueprintLevel;
import org.cadre.services.demo.GeneratedOrganisation.Rating;
import org.junit.jupiter.api.Test;

/** The demo's assessments spread over the generated organisation of a fixed day. */
class AssessmentSpreadTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Map<Long, RequiredProfile> PROFILES = DemoLibrary.profiles();
  private static final GeneratedOrganisation ORGANISATION =
      OrganisationGenerator.generate(OrganisationShape.read(), DemoLibrary.ROLES, TODAY);

  /** The people in post, each with the latest of the ratings given. */
  private static List<PersonSkills> people(List<Rating> ratings) {
    Map<String, List<Assessed>> assessed = new HashMap<>();
    for (Rating r : ratings) {
      assessed
          .computeIfAbsent(r.employeeNumber(), n -> new ArrayList<>())
          .add(new Assessed(r.competencyId(), r.level(), r.assessedOn(), null));
    }
    return ORGANISATION.employees().stream()
        .filter(e -> !e.hireDate().isAfter(TODAY))
        .filter(e -> e.endDate() == null || !e.endDate().isBefore(TODAY))
        .map(
            e ->
                new PersonSkills(
                    e.number(),
                    e.givenName() + " " + e.familyName(),
                    e.unitCode(),
                    e.blueprintId(),
                    e.level(),
                    AssessedLevels.latestOf(assessed.getOrDefault(e.number(), List.of()))))
        .toList();
  }

  /** Plan lines with a gap: the blueprint and level of every seventh person. */
  private static Set<BlueprintLevel> gaps() {
    Set<BlueprintLevel> gaps = new LinkedHashSet<>();
    List<EmployeeRecord> employees = ORGANISATION.employees();
    for (int i = 0; i < employees.size(); i += 7) {
      gaps.add(new BlueprintLevel(employees.get(i).blueprintId(), employees.get(i).level()));
    }
    return gaps;
  }

  private static AssessmentSpread.Result spread() {
    Map<String, LocalDate> hired = new HashMap<>();
    ORGANISATION.employees().forEach(e -> hired.put(e.number(), e.hireDate()));
    return AssessmentSpread.spread(
        people(ORGANISATION.ratings()), hired, PROFILES, gaps(), TODAY, new Random(7));
  }

  /** The generated ratings with the spread's written over them. */
  private static List<PersonSkills> spreadPeople(AssessmentSpread.Result result) {
    Map<String, Rating> byKey = new HashMap<>();
    for (List<Rating> ratings :
        List.of(ORGANISATION.ratings(), result.inserts(), result.updates())) {
      ratings.forEach(
          r -> byKey.put(r.employeeNumber() + "/" + r.competencyId() + "/" + r.assessedOn(), r));
    }
    return people(List.copyOf(byKey.values()));
  }

  @Test
  void everyRatingIsNewAndOnTheScaleAndUpdatesOnlyTouchTodaysAssessments() {
    AssessmentSpread.Result result = spread();

    Set<String> existing = new HashSet<>();
    ORGANISATION
        .ratings()
        .forEach(
            r -> existing.add(r.employeeNumber() + "/" + r.competencyId() + "/" + r.assessedOn()));
    Set<String> inserted = new HashSet<>();
    assertThat(result.inserts()).isNotEmpty();
    for (Rating r : result.inserts()) {
      String key = r.employeeNumber() + "/" + r.competencyId() + "/" + r.assessedOn();
      assertThat(existing).as(key).doesNotContain(key);
      assertThat(inserted.add(key)).as(key).isTrue();
      assertThat(r.level()).isBetween(0, 5);
      assertThat(r.assessedOn()).isBeforeOrEqualTo(TODAY);
    }
    for (Rating r : result.updates()) {
      assertThat(existing).contains(r.employeeNumber() + "/" + r.competencyId() + "/" + TODAY);
    }
    assertThat(spread()).isEqualTo(result);
  }

  @Test
  void everyoneIsAssessedInEveryCompetencyTheirBlueprintRequiresSomeLongAgo() {
    List<PersonSkills> people = spreadPeople(spread());

    int stale = 0;
    for (PersonSkills person : people) {
      for (Requirement r : PROFILES.get(person.blueprintId()).requirements()) {
        Assessed latest = person.levels().latest(r.competencyId()).orElse(null);
        assertThat(latest).as(person.number() + " " + r.name()).isNotNull();
        stale += StaleRule.DEFAULT.isStale(latest.assessedOn(), TODAY) ? 1 : 0;
      }
    }
    assertThat(stale).isBetween(20, people.size() / 2);
  }

  @Test
  void everyTeamHasACriticalCompetencyAtRisk() {
    Map<String, List<PersonSkills>> teams = new HashMap<>();
    spreadPeople(spread())
        .forEach(p -> teams.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p));

    assertThat(teams).hasSize(16);
    teams.forEach(
        (team, people) -> assertThat(Coverage.of(people, PROFILES).atRisk()).as(team).isNotEmpty());
  }

  @Test
  void everyGapHasReadyInternalCandidates() {
    List<PersonSkills> people = spreadPeople(spread());

    for (BlueprintLevel gap : gaps()) {
      assertThat(
              Candidates.rank(
                  PROFILES.get(gap.blueprintId()),
                  gap.level(),
                  people,
                  Candidates.DEFAULT_MIN_READINESS,
                  StaleRule.DEFAULT,
                  TODAY))
          .as(gap.toString())
          .hasSizeGreaterThanOrEqualTo(AssessmentSpread.CANDIDATES_PER_GAP);
    }
  }
}
