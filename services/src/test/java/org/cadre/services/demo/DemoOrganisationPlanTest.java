package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.services.demo.DemoOrganisation.Plan;
import org.cadre.services.demo.DemoOrganisation.Role;
import org.junit.jupiter.api.Test;

class DemoOrganisationPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);

  private static final List<Role> ROLES =
      List.of(
          new Role(
              1,
              "Senior Backend Engineer",
              "Engineering",
              Level.SENIOR,
              Track.INDIVIDUAL_CONTRIBUTOR,
              List.of(10L, 11L, 12L, 13L, 14L)),
          new Role(
              2,
              "Engineering Manager",
              "Engineering",
              Level.MANAGER,
              Track.MANAGEMENT,
              List.of(11L, 15L, 16L, 17L, 18L)),
          new Role(
              3,
              "Senior Product Manager",
              "Product",
              Level.SENIOR,
              Track.INDIVIDUAL_CONTRIBUTOR,
              List.of(20L, 21L, 22L, 23L, 24L, 25L)),
          new Role(
              4,
              "Director of Product",
              "Product",
              Level.DIRECTOR,
              Track.MANAGEMENT,
              List.of(20L, 26L, 27L, 28L, 29L)));

  @Test
  void theSameDayGivesTheSameOrganisation() {
    assertThat(DemoOrganisation.plan(ROLES, TODAY)).isEqualTo(DemoOrganisation.plan(ROLES, TODAY));
  }

  @Test
  void peopleHoldTheirBlueprintsLevelAndAreAssessedOnItsCompetenciesInTheLastYear() {
    Plan plan = DemoOrganisation.plan(ROLES, TODAY);
    Map<Long, Role> roles = ROLES.stream().collect(Collectors.toMap(Role::id, Function.identity()));
    Map<String, EmployeeRecord> people =
        plan.employees().stream()
            .collect(Collectors.toMap(EmployeeRecord::number, Function.identity()));

    assertThat(plan.employees().get(0).number()).isEqualTo("E00001");
    for (EmployeeRecord person : plan.employees()) {
      assertThat(person.level()).isEqualTo(roles.get(person.blueprintId()).level());
      assertThat(person.hireDate()).isAfter(TODAY.minusYears(8)).isBeforeOrEqualTo(TODAY);
    }
    for (DemoOrganisation.Rating rating : plan.ratings()) {
      EmployeeRecord person = people.get(rating.employeeNumber());
      assertThat(roles.get(person.blueprintId()).competencies()).contains(rating.competencyId());
      assertThat(rating.assessedOn())
          .isAfter(TODAY.minusYears(1))
          .isBeforeOrEqualTo(TODAY)
          .isAfterOrEqualTo(person.hireDate());
      assertThat(rating.level()).isBetween(1, 5);
    }
    assertThat(plan.managers().values()).allMatch(people::containsKey);
    assertThat(plan.managers().get(DemoOrganisation.MANAGER_UNIT)).isEqualTo(plan.managerNumber());
  }
}
