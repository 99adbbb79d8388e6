package org.cadre.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.Jdbc.Column;

/**
 * The staging tables of commits ({@code V5__import_staging.sql}). A chunk is staged with one
 * statement that inserts from {@code UNNEST} of one array per column; applying is a few set-based
 * statements from staging into the real tables ({@code INSERT ... SELECT}, {@code UPDATE ... FROM}
 * joined on the natural keys), the same SQL on H2 (PostgreSQL mode) and on PostgreSQL. The updates
 * join a subquery of the run's rows: H2 turns {@code UPDATE ... FROM} into a {@code MERGE} over its
 * source, which with the filter in the join took 29 s for 100,000 updates, and 0.2 s with no update
 * at all; filtered first, 8 s and 0.04 s on the same loaded machine.
 */
@ApplicationScoped
public class JpaImportStagingRepository implements ImportStagingRepository {

  private static final String STAGE_UNITS =
      "INSERT INTO import_stage_org_unit (import_id, creates, code, name, kind, parent_code,"
          + " manager_number, cost_centre)"
          + " SELECT ?, t.creates, t.code, t.name, t.kind, t.parent_code, t.manager_number,"
          + " t.cost_centre FROM UNNEST(?, ?, ?, ?, ?, ?, ?)"
          + " AS t(creates, code, name, kind, parent_code, manager_number, cost_centre)";
  private static final String STAGE_EMPLOYEES =
      "INSERT INTO import_stage_employee (import_id, creates, employee_number, given_name,"
          + " family_name, email, org_unit_code, blueprint_id, level, fte, hire_date, end_date,"
          + " location, annual_cost)"
          + " SELECT ?, t.creates, t.employee_number, t.given_name, t.family_name, t.email,"
          + " t.org_unit_code, t.blueprint_id, t.level, t.fte, t.hire_date, t.end_date,"
          + " t.location, t.annual_cost FROM UNNEST(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " AS t(creates, employee_number, given_name, family_name, email, org_unit_code,"
          + " blueprint_id, level, fte, hire_date, end_date, location, annual_cost)";
  private static final String STAGE_ASSESSMENTS =
      "INSERT INTO import_stage_assessment (import_id, creates, employee_id, competency_id,"
          + " level, assessed_on, source)"
          + " SELECT ?, t.creates, t.employee_id, t.competency_id, t.level, t.assessed_on,"
          + " t.source FROM UNNEST(?, ?, ?, ?, ?, ?)"
          + " AS t(creates, employee_id, competency_id, level, assessed_on, source)";

  /**
   * New units come in without their parents, which may be new units too; the update of every staged
   * unit that follows sets them.
   */
  private static final String CREATE_UNITS =
      "INSERT INTO org_unit (id, code, name, kind, parent_code, manager_number, cost_centre,"
          + " updated_at) SELECT nextval('org_unit_seq'), s.code, s.name, s.kind,"
          + " CAST(NULL AS VARCHAR(40)), s.manager_number, s.cost_centre, ?"
          + " FROM import_stage_org_unit s WHERE s.import_id = ? AND s.creates";

  private static final String UPDATE_UNITS =
      "UPDATE org_unit u SET name = s.name, kind = s.kind, parent_code = s.parent_code,"
          + " manager_number = s.manager_number, cost_centre = s.cost_centre, updated_at = ?"
          + " FROM (SELECT * FROM import_stage_org_unit WHERE import_id = ?) s"
          + " WHERE s.code = u.code";
  private static final String CREATE_EMPLOYEES =
      "INSERT INTO employee (id, employee_number, given_name, family_name, email, org_unit_code,"
          + " blueprint_id, level, fte, hire_date, end_date, location, annual_cost, updated_at)"
          + " SELECT nextval('employee_seq'), s.employee_number, s.given_name, s.family_name,"
          + " s.email, s.org_unit_code, s.blueprint_id, s.level, s.fte, s.hire_date, s.end_date,"
          + " s.location, s.annual_cost, ? FROM import_stage_employee s"
          + " WHERE s.import_id = ? AND s.creates";
  private static final String UPDATE_EMPLOYEES =
      "UPDATE employee e SET given_name = s.given_name, family_name = s.family_name,"
          + " email = s.email, org_unit_code = s.org_unit_code, blueprint_id = s.blueprint_id,"
          + " level = s.level, fte = s.fte, hire_date = s.hire_date, end_date = s.end_date,"
          + " location = s.location, annual_cost = s.annual_cost, updated_at = ?"
          + " FROM (SELECT * FROM import_stage_employee WHERE import_id = ? AND NOT creates) s"
          + " WHERE s.employee_number = e.employee_number";
  private static final String CREATE_ASSESSMENTS =
      "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on, source,"
          + " updated_at) SELECT nextval('assessment_seq'), s.employee_id, s.competency_id,"
          + " s.level, s.assessed_on, s.source, ? FROM import_stage_assessment s"
          + " WHERE s.import_id = ? AND s.creates";
  private static final String UPDATE_ASSESSMENTS =
      "UPDATE assessment a SET level = s.level, source = s.source, updated_at = ?"
          + " FROM (SELECT * FROM import_stage_assessment WHERE import_id = ? AND NOT creates) s"
          + " WHERE s.employee_id = a.employee_id AND s.competency_id = a.competency_id"
          + " AND s.assessed_on = a.assessed_on";

  private static final List<String> TABLES =
      List.of("import_stage_org_unit", "import_stage_employee", "import_stage_assessment");

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaImportStagingRepository() {
    // for CDI
  }

  public JpaImportStagingRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void stageUnits(long runId, List<Staged<OrgUnitRecord>> units) {
    if (units.isEmpty()) {
      return;
    }
    Jdbc.execute(
        em,
        STAGE_UNITS,
        runId,
        creates(units),
        column("varchar", units, OrgUnitRecord::code),
        column("varchar", units, OrgUnitRecord::name),
        column("varchar", units, u -> u.kind().name()),
        column("varchar", units, OrgUnitRecord::parentCode),
        column("varchar", units, OrgUnitRecord::managerNumber),
        column("varchar", units, OrgUnitRecord::costCentre));
  }

  @Override
  public void stageEmployees(long runId, List<Staged<EmployeeRecord>> employees) {
    if (employees.isEmpty()) {
      return;
    }
    Jdbc.execute(
        em,
        STAGE_EMPLOYEES,
        runId,
        creates(employees),
        column("varchar", employees, EmployeeRecord::number),
        column("varchar", employees, EmployeeRecord::givenName),
        column("varchar", employees, EmployeeRecord::familyName),
        column("varchar", employees, EmployeeRecord::email),
        column("varchar", employees, EmployeeRecord::unitCode),
        column("bigint", employees, EmployeeRecord::blueprintId),
        column("varchar", employees, e -> e.level() == null ? null : e.level().name()),
        column("numeric", employees, EmployeeRecord::fte),
        column("date", employees, EmployeeRecord::hireDate),
        column("date", employees, EmployeeRecord::endDate),
        column("varchar", employees, EmployeeRecord::location),
        column("numeric", employees, EmployeeRecord::annualCost));
  }

  @Override
  public void stageAssessments(long runId, List<Staged<AssessmentRecord>> assessments) {
    if (assessments.isEmpty()) {
      return;
    }
    Jdbc.execute(
        em,
        STAGE_ASSESSMENTS,
        runId,
        creates(assessments),
        column("bigint", assessments, AssessmentRecord::employeeId),
        column("bigint", assessments, AssessmentRecord::competencyId),
        column("integer", assessments, AssessmentRecord::level),
        column("date", assessments, AssessmentRecord::assessedOn),
        column("varchar", assessments, a -> a.source().name()));
  }

  @Override
  public void checkpoint(long runId, int staged) {
    Jdbc.execute(
        em,
        "UPDATE import_run SET rows_staged = ?, rows_done = ? WHERE id = ?",
        staged,
        staged,
        runId);
  }

  @Override
  public int checkpoint(long runId) {
    int[] staged = {0};
    Jdbc.query(
        em,
        "SELECT rows_staged FROM import_run WHERE id = ?",
        row -> staged[0] = row.getInt(1),
        runId);
    return staged[0];
  }

  @Override
  public void apply(long runId, Instant at) {
    Jdbc.execute(em, CREATE_UNITS, at, runId);
    Jdbc.execute(em, UPDATE_UNITS, at, runId);
    Jdbc.execute(em, CREATE_EMPLOYEES, at, runId);
    Jdbc.execute(em, UPDATE_EMPLOYEES, at, runId);
    Jdbc.execute(em, CREATE_ASSESSMENTS, at, runId);
    Jdbc.execute(em, UPDATE_ASSESSMENTS, at, runId);
    deleteStaged(runId);
  }

  @Override
  public void clear(long runId) {
    deleteStaged(runId);
    Jdbc.execute(em, "UPDATE import_run SET rows_staged = 0 WHERE id = ?", runId);
  }

  private void deleteStaged(long runId) {
    for (String table : TABLES) {
      Jdbc.execute(em, "DELETE FROM " + table + " WHERE import_id = ?", runId);
    }
  }

  private static Column creates(List<? extends Staged<?>> staged) {
    return new Column("boolean", staged.stream().map(Staged::creates).toArray());
  }

  private static <T> Column column(
      String sqlType, List<Staged<T>> staged, Function<T, Object> value) {
    return new Column(sqlType, staged.stream().map(s -> value.apply(s.record())).toArray());
  }
}
