package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.Employee;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.audit.JpaAuditLog;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.system.JpaDemoSeedLog;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.RecordedEvents;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.competency.CompetencyCatalogue;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo organisation as demo mode loads it: after the users and the blueprints, once. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DemoOrganisationTest {

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void open() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  /** Loads the demo data as {@link DemoData} does: each step once, in its own transaction. */
  private List<Boolean> loadDemoData() {
    return List.of(
        load(em -> new DemoUsers(Services.on(em).users(new RecordedEvents<>()))),
        load(
            em ->
                new DemoBlueprints(
                    new JpaRoleBlueprintRepository(em),
                    new CompetencyCatalogue(new JpaCompetencyRepository(em)),
                    audit(em))),
        load(
            em ->
                new DemoOrganisation(
                    new JpaOrgUnitRepository(em),
                    new JpaEmployeeRepository(em),
                    new JpaAssessmentRepository(em),
                    new JpaRoleBlueprintRepository(em),
                    new JpaUserAccountRepository(em),
                    audit(em))));
  }

  private boolean load(Function<EntityManager, DemoStep> step) {
    return jpa.inTransaction(
        em -> new DemoSeeding(new JpaDemoSeedLog(em)).applyOnce(step.apply(em)));
  }

  private static AuditTrail audit(EntityManager em) {
    return new AuditTrail(new JpaAuditLog(em));
  }

  private List<OrgUnit> units() {
    return jpa.inTransaction(em -> new JpaOrgUnitRepository(em).all());
  }

  private List<Employee> employees() {
    return jpa.inTransaction(em -> new JpaEmployeeRepository(em).all());
  }

  private Map<AssessmentKey, AssessmentRecord> assessments() {
    return jpa.inTransaction(em -> new JpaAssessmentRepository(em).all());
  }

  private static long count(List<OrgUnit> units, OrgUnitKind kind) {
    return units.stream().filter(u -> u.kind() == kind).count();
  }

  @Test
  void buildsDivisionsDepartmentsAndTeamsWithAManagerEach() {
    loadDemoData();

    List<OrgUnit> units = units();
    Set<String> numbers =
        employees().stream().map(Employee::number).collect(Collectors.toUnmodifiableSet());
    Map<String, OrgUnit> byCode =
        units.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));

    assertThat(count(units, OrgUnitKind.DIVISION)).isEqualTo(4);
    assertThat(count(units, OrgUnitKind.DEPARTMENT)).isBetween(4L, 12L);
    assertThat(count(units, OrgUnitKind.TEAM)).isBetween(12L, 20L);
    for (OrgUnit unit : units) {
      assertThat(unit.managerNumber()).as(unit.code()).isNotNull().isIn(numbers);
      assertThat(unit.costCentre()).as(unit.code()).isNotBlank();
      if (unit.kind() == OrgUnitKind.DIVISION) {
        assertThat(unit.parentCode()).as(unit.code()).isNull();
      } else {
        OrgUnitKind parentKind =
            unit.kind() == OrgUnitKind.TEAM ? OrgUnitKind.DEPARTMENT : OrgUnitKind.DIVISION;
        assertThat(byCode.get(unit.parentCode()).kind()).as(unit.code()).isEqualTo(parentKind);
      }
    }
  }

  @Test
  void putsEveryEmployeeInATeamHoldingADemoBlueprint() {
    loadDemoData();

    Map<String, OrgUnitKind> kinds =
        units().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::kind));
    List<Employee> employees = employees();

    assertThat(employees).hasSizeBetween(300, 600);
    assertThat(employees).extracting(Employee::number).doesNotHaveDuplicates();
    assertThat(employees).extracting(Employee::email).doesNotHaveDuplicates();
    for (Employee employee : employees) {
      assertThat(kinds.get(employee.unitCode())).as(employee.number()).isEqualTo(OrgUnitKind.TEAM);
      assertThat(employee.blueprintId()).as(employee.number()).isPresent();
      assertThat(employee.level()).as(employee.number()).isPresent();
      assertThat(employee.annualCost()).as(employee.number()).isPresent();
      assertThat(employee.hireDate()).as(employee.number()).isNotNull();
    }
    assertThat(employees).filteredOn(e -> e.endDate().isPresent()).isNotEmpty();
    assertThat(employees.stream().map(Employee::fte).map(f -> f.stripTrailingZeros()).distinct())
        .hasSizeGreaterThan(1);
  }

  @Test
  void theDemoManagerHeadsADepartmentWithSeveralTeams() {
    loadDemoData();

    UserAccount manager =
        jpa.inTransaction(
            em -> new JpaUserAccountRepository(em).findByUsername(DemoUsers.MANAGER).orElseThrow());
    String number = manager.employeeNumber().orElseThrow();
    List<OrgUnit> units = units();
    List<String> managed = jpa.inTransaction(em -> new JpaOrgUnitRepository(em).managedBy(number));

    assertThat(managed).containsExactly(DemoOrganisation.MANAGER_UNIT);
    OrgUnit department =
        units.stream().filter(u -> u.code().equals(managed.get(0))).findFirst().orElseThrow();
    assertThat(department.kind()).isEqualTo(OrgUnitKind.DEPARTMENT);
    assertThat(
            units.stream()
                .filter(u -> u.kind() == OrgUnitKind.TEAM)
                .filter(u -> department.code().equals(u.parentCode())))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void assessesEachEmployeeInSeveralCompetencies() {
    loadDemoData();

    int employees = employees().size();
    Map<AssessmentKey, AssessmentRecord> assessments = assessments();

    assertThat(assessments).hasSizeBetween(3 * employees, 6 * employees);
    assertThat(assessments.values())
        .allMatch(
            a ->
                a.level() >= AssessmentRecord.MIN_LEVEL && a.level() <= AssessmentRecord.MAX_LEVEL);
    assertThat(assessments.values().stream().map(AssessmentRecord::employeeId).distinct())
        .hasSize(employees);
  }

  @Test
  void loadsOnceAcrossRestarts() {
    assertThat(loadDemoData()).containsExactly(true, true, true);
    int units = units().size();
    int employees = employees().size();
    int assessments = assessments().size();

    assertThat(loadDemoData()).containsExactly(false, false, false);

    assertThat(units().size()).isEqualTo(units);
    assertThat(employees().size()).isEqualTo(employees);
    assertThat(assessments().size()).isEqualTo(assessments);
  }
}
