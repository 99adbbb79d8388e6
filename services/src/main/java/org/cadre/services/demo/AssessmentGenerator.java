package org.cadre.services.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.services.demo.GeneratedOrganisation.Rating;

/**
 * The demo's competency assessments of one person: three to six of their blueprint's competencies,
 * each assessed once in the last year while they were in post, around the level their blueprint's
 * seniority expects.
 */
final class AssessmentGenerator {

  private final Random random;
  private final LocalDate today;
  private final List<Long> allCompetencies;

  /**
   * @param random the organisation's random numbers, so that the whole demo follows one seed
   */
  AssessmentGenerator(Random random, List<DemoRole> roles, LocalDate today) {
    this.random = random;
    this.today = today;
    this.allCompetencies =
        roles.stream().flatMap(r -> r.competencies().stream()).distinct().sorted().toList();
  }

  List<Rating> rate(String number, DemoRole role, LocalDate hired, LocalDate left) {
    List<Long> competencies =
        new ArrayList<>(role.competencies().isEmpty() ? allCompetencies : role.competencies());
    Collections.shuffle(competencies, random);
    LocalDate from = hired.isAfter(today.minusDays(364)) ? hired : today.minusDays(364);
    LocalDate to = left != null && left.isBefore(today) ? left : today;
    if (from.isAfter(to)) {
      return List.of();
    }
    int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
    int count = Math.min(competencies.size(), 3 + random.nextInt(4));
    int expected =
        role.rank() >= Level.STAFF.rank() ? 4 : role.rank() >= Level.SENIOR.rank() ? 3 : 2;
    List<Rating> ratings = new ArrayList<>();
    for (Long competency : competencies.subList(0, count)) {
      int level = Math.max(1, Math.min(5, expected + random.nextInt(3) - 1));
      ratings.add(
          new Rating(
              number,
              competency,
              level,
              from.plusDays(random.nextInt(span)),
              random.nextInt(10) < 6 ? AssessmentSource.MANAGER : AssessmentSource.SELF));
    }
    return ratings;
  }
}
