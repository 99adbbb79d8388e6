package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.services.demo.DemoBlueprints.DemoBlueprint;
import org.cadre.services.demo.GeneratedOrganisation.Rating;
import org.junit.jupiter.api.Test;

/** The demo organisation as generated from its shape and the demo library, before it is written. */
class OrganisationGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);

  private static final List<DemoBlueprint> LIBRARY = DemoLibrary.LIBRARY;

  private static final List<DemoRole> ROLES = DemoLibrary.ROLES;

  private static GeneratedOrganisation generate() {
    return OrganisationGenerator.generate(OrganisationShape.read(), ROLES, TODAY);
  }

  @Test
  void theSameDayGivesTheSameOrganisation() {
    assertThat(generate()).isEqualTo(generate());
  }

  @Test
  void hasTheSizeTheReadmeStates() {
    GeneratedOrganisation organisation = generate();
    Map<OrgUnitKind, Long> kinds =
        organisation.units().stream()
            .collect(Collectors.groupingBy(OrgUnitRecord::kind, Collectors.counting()));

    assertThat(kinds)
        .containsEntry(OrgUnitKind.DIVISION, 4L)
        .containsEntry(OrgUnitKind.DEPARTMENT, 8L)
        .containsEntry(OrgUnitKind.TEAM, 16L);
    assertThat(organisation.employees()).hasSize(450);
    assertThat(organisation.ratings()).hasSizeBetween(1_800, 2_200);
  }

  @Test
  void peopleHoldTheirBlueprintsLevelAndAreAssessedOnItsCompetenciesInTheLastYear() {
    GeneratedOrganisation organisation = generate();
    Map<Long, DemoRole> roles =
        ROLES.stream().collect(Collectors.toMap(DemoRole::id, Function.identity()));
    Map<String, EmployeeRecord> people =
        organisation.employees().stream()
            .collect(Collectors.toMap(EmployeeRecord::number, Function.identity()));

    assertThat(organisation.employees().get(0).number()).isEqualTo("E00001");
    for (EmployeeRecord person : organisation.employees()) {
      assertThat(person.level()).isEqualTo(roles.get(person.blueprintId()).level());
      assertThat(person.hireDate()).isAfter(TODAY.minusYears(8)).isBeforeOrEqualTo(TODAY);
    }
    for (Rating rating : organisation.ratings()) {
      EmployeeRecord person = people.get(rating.employeeNumber());
      assertThat(roles.get(person.blueprintId()).competencies()).contains(rating.competencyId());
      assertThat(rating.assessedOn())
          .isAfter(TODAY.minusYears(1))
          .isBeforeOrEqualTo(TODAY)
          .isAfterOrEqualTo(person.hireDate());
      assertThat(rating.level()).isBetween(1, 5);
    }
    assertThat(organisation.managers().values()).allMatch(people::containsKey);
    assertThat(organisation.managers().get(DemoOrganisation.MANAGER_UNIT))
        .isEqualTo(organisation.managerNumber());
  }

  @Test
  void eachDivisionsPeopleHoldBlueprintsOfItsOwnFieldAndEveryDemoBlueprintIsHeld() {
    GeneratedOrganisation organisation = generate();
    Map<String, String> parents = new HashMap<>();
    organisation.units().forEach(u -> parents.put(u.code(), u.parentCode()));
    Map<Long, String> families = new HashMap<>();
    for (DemoRole role : ROLES) {
      families.put(role.id(), LIBRARY.get((int) role.id() - 1).content().family());
    }
    Map<String, Set<String>> familiesByDivision = new HashMap<>();
    Set<Long> held = new HashSet<>();
    for (EmployeeRecord person : organisation.employees()) {
      String division = person.unitCode();
      while (parents.get(division) != null) {
        division = parents.get(division);
      }
      familiesByDivision
          .computeIfAbsent(division, d -> new HashSet<>())
          .add(families.get(person.blueprintId()));
      held.add(person.blueprintId());
    }

    assertThat(familiesByDivision)
        .containsEntry("ENG", Set.of("Engineering", "Data"))
        .containsEntry("PRD", Set.of("Product", "Design"))
        .containsEntry("OPS", Set.of("Customer Operations"))
        .containsEntry("PNF", Set.of("People", "Finance"));
    assertThat(held).hasSameSizeAs(ROLES);
  }

  @Test
  void peopleCostTheirBlueprintsRateForTheirFteWithinEightPercent() {
    Map<Long, DemoRole> roles =
        ROLES.stream().collect(Collectors.toMap(DemoRole::id, Function.identity()));

    for (EmployeeRecord person : generate().employees()) {
      BigDecimal fullTime = roles.get(person.blueprintId()).annualCost().multiply(person.fte());
      assertThat(person.annualCost())
          .as(person.number())
          .isBetween(
              fullTime.multiply(new BigDecimal("0.919")),
              fullTime.multiply(new BigDecimal("1.081")));
    }
  }

  @Test
  void refusesAShapeNamingABlueprintThatIsNotPublished() {
    List<DemoRole> withoutAnalyst =
        ROLES.stream().filter(r -> !r.title().equals("Financial Analyst")).toList();

    assertThatThrownBy(
            () -> OrganisationGenerator.generate(OrganisationShape.read(), withoutAnalyst, TODAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"Financial Analyst\"");
  }
}
