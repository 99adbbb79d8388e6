package org.cadre.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.imports.FileFacts;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.Assessment;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.EmployeeSearch;
import org.cadre.domain.people.Headcount;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.imports.JpaImportRunRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Org units, employees, assessments and import runs, written in bulk and read back. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class OrganisationRepositoriesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:15Z");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, "CC-1"),
                        new OrgUnitRecord(
                            "ENG-PLAT", "Platform", OrgUnitKind.TEAM, "ENG", null, null)),
                    NOW));
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .insert(
                    List.of(
                        employee("E1", "ENG-PLAT", "0.8", null),
                        employee("E2", "ENG-PLAT", "1", null),
                        employee("E3", "ENG", "0.5", DAY.minusDays(1))),
                    NOW));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private static EmployeeRecord employee(String number, String unit, String fte, LocalDate end) {
    return new EmployeeRecord(
        number,
        "Given " + number,
        "Family " + number,
        number.toLowerCase() + "@example.org",
        unit,
        null,
        Level.SENIOR,
        new BigDecimal(fte),
        LocalDate.of(2020, 1, 6),
        end,
        "Lisbon",
        new BigDecimal("85000.50"));
  }

  @Test
  void unitsAreStoredByCodeWithTheirParentAndUpdatedInBulk() {
    OrgUnitRecord renamed =
        new OrgUnitRecord("ENG-PLAT", "Platform team", OrgUnitKind.TEAM, "ENG", "E1", null);
    jpa.run(em -> new JpaOrgUnitRepository(em).update(List.of(renamed), NOW));

    List<OrgUnitRecord> units =
        jpa.inTransaction(
            em -> new JpaOrgUnitRepository(em).all().stream().map(OrgUnit::record).toList());
    assertThat(units)
        .containsExactly(
            new OrgUnitRecord("ENG", "Engineering", OrgUnitKind.DIVISION, null, null, "CC-1"),
            renamed);
    List<String> managed = jpa.inTransaction(em -> new JpaOrgUnitRepository(em).managedBy("E1"));
    assertThat(managed).containsExactly("ENG-PLAT");
  }

  @Test
  void aUnitUnderAMissingParentIsRefusedByTheDatabase() {
    OrgUnitRecord orphan = new OrgUnitRecord("X", "X", OrgUnitKind.TEAM, "NOPE", null, null);
    assertThatThrownBy(
            () -> jpa.run(em -> new JpaOrgUnitRepository(em).insert(List.of(orphan), NOW)))
        .isInstanceOf(PersistenceException.class);
    boolean stored = jpa.inTransaction(em -> new JpaOrgUnitRepository(em).find("X").isPresent());
    assertThat(stored).isFalse();
  }

  @Test
  void employeesComeBackAsStoredAndAreSearchedAndCounted() {
    EmployeeRecord e1 =
        jpa.inTransaction(em -> new JpaEmployeeRepository(em).find("E1").orElseThrow().record());
    assertThat(e1).isEqualTo(employee("E1", "ENG-PLAT", "0.8", null));

    EmployeeSearch search = new EmployeeSearch(Set.of("ENG-PLAT"), null, Level.SENIOR, "e2");
    List<String> found =
        jpa.inTransaction(
            em ->
                new JpaEmployeeRepository(em)
                    .search(search, new PageRequest(0, 10)).items().stream()
                        .map(Employee::number)
                        .toList());
    assertThat(found).containsExactly("E2");

    Map<String, String> names =
        jpa.inTransaction(
            em -> new JpaEmployeeRepository(em).namesByNumber(List.of("E1", "E3", "NOBODY")));
    assertThat(names)
        .containsOnly(Map.entry("E1", "Given E1 Family E1"), Map.entry("E3", "Given E3 Family E3"));

    Map<String, Headcount> counts =
        jpa.inTransaction(em -> new JpaEmployeeRepository(em).headcountByUnit(DAY));
    assertThat(counts).containsOnlyKeys("ENG-PLAT");
    assertThat(counts.get("ENG-PLAT").people()).isEqualTo(2);
    assertThat(counts.get("ENG-PLAT").fte()).isEqualByComparingTo("1.8");

    EmployeeRecord moved = employee("E2", "ENG", "0.6", null);
    jpa.run(em -> new JpaEmployeeRepository(em).update(List.of(moved), NOW));
    EmployeeRecord e2 =
        jpa.inTransaction(em -> new JpaEmployeeRepository(em).find("E2").orElseThrow().record());
    assertThat(e2).isEqualTo(moved);
  }

  @Test
  void assessmentsAreKeyedByEmployeeCompetencyAndDay() {
    long competency =
        jpa.inTransaction(
            em -> {
              Competency created = new Competency("Kubernetes operations", NOW);
              new JpaCompetencyRepository(em).storeNew(List.of(created));
              return created.id();
            });
    long e1 = jpa.inTransaction(em -> new JpaEmployeeRepository(em).idsByNumber().get("E1"));
    AssessmentRecord first = new AssessmentRecord(e1, competency, 3, DAY, AssessmentSource.MANAGER);
    jpa.run(em -> new JpaAssessmentRepository(em).insert(List.of(first), NOW));
    AssessmentRecord changed =
        new AssessmentRecord(e1, competency, 4, DAY, AssessmentSource.IMPORT);
    jpa.run(em -> new JpaAssessmentRepository(em).update(List.of(changed), NOW));

    Map<AssessmentKey, AssessmentRecord> all =
        jpa.inTransaction(em -> new JpaAssessmentRepository(em).all());
    assertThat(all).containsExactly(Map.entry(first.key(), changed));
    List<Integer> levels =
        jpa.inTransaction(
            em ->
                new JpaAssessmentRepository(em)
                    .forEmployee(e1).stream().map(Assessment::level).toList());
    assertThat(levels).containsExactly(4);
  }

  @Test
  void importRunsKeepTheirCountsAndProblemsInOrder() {
    ImportCounts counts = new ImportCounts(3, 1, 1, 0, 2, 0);
    long id =
        jpa.inTransaction(
            em -> {
              ImportRun run =
                  new ImportRun(
                      ImportKind.EMPLOYEES,
                      ImportMode.DRY_RUN,
                      new FileFacts("staff.xlsx", "ab12", 2048),
                      false,
                      "hr",
                      NOW,
                      null);
              new JpaImportRunRepository(em).store(run);
              run.counted(counts);
              run.finish(ImportStatus.CHECKED, null, NOW);
              return run.id();
            });
    jpa.run(
        em -> {
          JpaImportRunRepository runs = new JpaImportRunRepository(em);
          runs.addProblems(id, List.of(new ImportProblem(3, "FTE", 7, "-1", "FTE is above 0")));
          runs.addProblems(id, List.of(new ImportProblem(4, null, -1, "", "a duplicate")));
        });

    List<String> messages =
        jpa.inTransaction(
            em ->
                new JpaImportRunRepository(em)
                    .problems(id, null, 0, 10).stream().map(ImportProblem::message).toList());
    assertThat(messages)
        .containsExactly("Row 3, column \"FTE\": FTE is above 0", "Row 4: a duplicate");
    int fromSecond =
        jpa.inTransaction(em -> new JpaImportRunRepository(em).problems(id, null, 1, 10).size());
    assertThat(fromSecond).isEqualTo(1);
    List<String> found =
        jpa.inTransaction(
            em ->
                new JpaImportRunRepository(em)
                    .problems(id, "ftE", 0, 10).stream().map(ImportProblem::value).toList());
    assertThat(found).containsExactly("-1");
    int matching =
        jpa.inTransaction(em -> new JpaImportRunRepository(em).countProblems(id, "DUPL"));
    assertThat(matching).isEqualTo(1);
    int none = jpa.inTransaction(em -> new JpaImportRunRepository(em).countProblems(id, "50%"));
    assertThat(none).isZero();
    int rows = jpa.inTransaction(em -> new JpaImportRunRepository(em).problemRows(id));
    assertThat(rows).isEqualTo(2);
    ImportCounts stored =
        jpa.inTransaction(
            em ->
                new JpaImportRunRepository(em)
                    .latestDryRun(ImportKind.EMPLOYEES, "ab12")
                    .orElseThrow()
                    .counts());
    assertThat(stored).isEqualTo(counts);
    int unfinished =
        jpa.inTransaction(
            em -> new JpaImportRunRepository(em).unfinished("this", Instant.now()).size());
    assertThat(unfinished).isZero();
  }
}
