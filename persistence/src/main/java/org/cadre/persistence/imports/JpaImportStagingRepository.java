package org.cadre.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.hiring.DuplicateRule;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.Jdbc.Column;

/**
 * The staging tables of commits ({@code V6__import_staging_by_chunk.sql}): a chunk is one row
 * holding one array per column. Applying reads the run's chunks one at a time and hands their
 * arrays to set-based statements ({@code INSERT ... SELECT} and {@code UPDATE ... FROM} over {@code
 * UNNEST} of them, joined on the natural keys), the same SQL on H2 (PostgreSQL mode) and on
 * PostgreSQL. H2 does not let {@code UNNEST} read the columns of a table beside it (PostgreSQL
 * does), hence the round trip, which on PostgreSQL costs sending the arrays back as text. The
 * updates of employees and assessments take their rows from a filtered subquery: H2 turns {@code
 * UPDATE ... FROM} into a {@code MERGE} over its source, which with the filter in the join took 29
 * s for 100,000 updates.
 */
@ApplicationScoped
public class JpaImportStagingRepository implements ImportStagingRepository {

  private static final Table UNITS =
      new Table(
          "import_stage_org_unit",
          "creates, code, name, kind, parent_code, manager_number, cost_centre");
  private static final Table EMPLOYEES =
      new Table(
          "import_stage_employee",
          "creates, employee_number, given_name, family_name, email, org_unit_code, blueprint_id,"
              + " level, fte, hire_date, end_date, location, annual_cost");
  private static final Table ASSESSMENTS =
      new Table(
          "import_stage_assessment",
          "creates, employee_id, competency_id, level, assessed_on, source");
  private static final Table CANDIDATES =
      new Table(
          "import_stage_candidate",
          "creates, candidate_id, given_name, family_name, email, phone, source, links,"
              + " employee_number, email_key, name_phone_key");

  /**
   * New units come in without their parents, which may be new units of a later chunk; the update of
   * every staged unit that follows, once all are created, sets them.
   */
  private static final String CREATE_UNITS =
      "INSERT INTO org_unit (id, code, name, kind, parent_code, manager_number, cost_centre,"
          + " updated_at) SELECT nextval('org_unit_seq'), s.code, s.name, s.kind,"
          + " CAST(NULL AS VARCHAR(40)), s.manager_number, s.cost_centre, ?"
          + " FROM "
          + UNITS.rows()
          + " WHERE s.creates";

  private static final String UPDATE_UNITS =
      "UPDATE org_unit u SET name = s.name, kind = s.kind, parent_code = s.parent_code,"
          + " manager_number = s.manager_number, cost_centre = s.cost_centre, updated_at = ?"
          + " FROM "
          + UNITS.rows()
          + " WHERE s.code = u.code";
  private static final String CREATE_EMPLOYEES =
      "INSERT INTO employee (id, employee_number, given_name, family_name, email, org_unit_code,"
          + " blueprint_id, level, fte, hire_date, end_date, location, annual_cost, updated_at)"
          + " SELECT nextval('employee_seq'), s.employee_number, s.given_name, s.family_name,"
          + " s.email, s.org_unit_code, s.blueprint_id, s.level, s.fte, s.hire_date, s.end_date,"
          + " s.location, s.annual_cost, ? FROM "
          + EMPLOYEES.rows()
          + " WHERE s.creates";
  private static final String UPDATE_EMPLOYEES =
      "UPDATE employee e SET given_name = s.given_name, family_name = s.family_name,"
          + " email = s.email, org_unit_code = s.org_unit_code, blueprint_id = s.blueprint_id,"
          + " level = s.level, fte = s.fte, hire_date = s.hire_date, end_date = s.end_date,"
          + " location = s.location, annual_cost = s.annual_cost, updated_at = ?"
          + " FROM (SELECT * FROM "
          + EMPLOYEES.rows()
          + " WHERE NOT s.creates) s WHERE s.employee_number = e.employee_number";
  private static final String CREATE_ASSESSMENTS =
      "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on, source,"
          + " updated_at) SELECT nextval('assessment_seq'), s.employee_id, s.competency_id,"
          + " s.level, s.assessed_on, s.source, ? FROM "
          + ASSESSMENTS.rows()
          + " WHERE s.creates";
  private static final String UPDATE_ASSESSMENTS =
      "UPDATE assessment a SET level = s.level, source = s.source, updated_at = ?"
          + " FROM (SELECT * FROM "
          + ASSESSMENTS.rows()
          + " WHERE NOT s.creates) s"
          + " WHERE s.employee_id = a.employee_id AND s.competency_id = a.competency_id"
          + " AND s.assessed_on = a.assessed_on";

  /** New candidates, created by whoever started the run. */
  private static final String CREATE_CANDIDATES =
      "INSERT INTO candidate (id, given_name, family_name, email, phone, source, links,"
          + " employee_number, email_key, name_phone_key, created_by, created_at, updated_at,"
          + " revision) SELECT nextval('candidate_seq'), s.given_name, s.family_name, s.email,"
          + " s.phone, s.source, s.links, s.employee_number, s.email_key, s.name_phone_key,"
          + " (SELECT started_by FROM import_run WHERE id = ?), ?, ?, 1 FROM "
          + CANDIDATES.rows()
          + " WHERE s.creates";

  /** Stored candidates by id; their revision steps as a save through JPA steps it. */
  private static final String UPDATE_CANDIDATES =
      "UPDATE candidate c SET given_name = s.given_name, family_name = s.family_name,"
          + " email = s.email, phone = s.phone, source = s.source, links = s.links,"
          + " employee_number = s.employee_number, email_key = s.email_key,"
          + " name_phone_key = s.name_phone_key, updated_at = ?, revision = c.revision + 1"
          + " FROM (SELECT * FROM "
          + CANDIDATES.rows()
          + " WHERE NOT s.creates) s WHERE s.candidate_id = c.id";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaImportStagingRepository() {
    // for CDI
  }

  public JpaImportStagingRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void stageUnits(long runId, int chunk, List<Staged<OrgUnitRecord>> units) {
    stage(
        UNITS,
        runId,
        chunk,
        creates(units),
        column("varchar", units, OrgUnitRecord::code),
        column("varchar", units, OrgUnitRecord::name),
        column("varchar", units, u -> u.kind().name()),
        column("varchar", units, OrgUnitRecord::parentCode),
        column("varchar", units, OrgUnitRecord::managerNumber),
        column("varchar", units, OrgUnitRecord::costCentre));
  }

  @Override
  public void stageEmployees(long runId, int chunk, List<Staged<EmployeeRecord>> employees) {
    stage(
        EMPLOYEES,
        runId,
        chunk,
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
  public void stageAssessments(long runId, int chunk, List<Staged<AssessmentRecord>> assessments) {
    stage(
        ASSESSMENTS,
        runId,
        chunk,
        creates(assessments),
        column("bigint", assessments, AssessmentRecord::employeeId),
        column("bigint", assessments, AssessmentRecord::competencyId),
        column("integer", assessments, AssessmentRecord::level),
        column("date", assessments, AssessmentRecord::assessedOn),
        column("varchar", assessments, a -> a.source().name()));
  }

  @Override
  public void stageCandidates(long runId, int chunk, List<Staged<CandidateRecord>> candidates) {
    stage(
        CANDIDATES,
        runId,
        chunk,
        creates(candidates),
        column("bigint", candidates, CandidateRecord::candidateId),
        column("varchar", candidates, c -> c.details().givenName()),
        column("varchar", candidates, c -> c.details().familyName()),
        column("varchar", candidates, c -> c.details().email()),
        column("varchar", candidates, c -> c.details().phone()),
        column("varchar", candidates, c -> c.details().source().name()),
        column("varchar", candidates, c -> c.details().links()),
        column("varchar", candidates, c -> c.details().employeeNumber()),
        column("varchar", candidates, c -> DuplicateRule.emailKey(c.details().email())),
        column("varchar", candidates, c -> DuplicateRule.namePhoneKey(c.details())));
  }

  @Override
  public void checkpoint(long runId, int staged) {
    int updated =
        Jdbc.execute(
            em,
            "UPDATE import_run SET rows_staged = ?, rows_done = ?, heartbeat_at = ?"
                + " WHERE id = ? AND status = 'APPLYING'",
            staged,
            staged,
            Instant.now(),
            runId);
    if (updated == 0) {
      throw new IllegalStateException(
          "Import " + runId + " is no longer applying, so nothing more of it is staged.");
    }
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
    eachChunk(UNITS, runId, chunk -> write(at, chunk, CREATE_UNITS));
    eachChunk(UNITS, runId, chunk -> write(at, chunk, UPDATE_UNITS));
    eachChunk(EMPLOYEES, runId, chunk -> write(at, chunk, CREATE_EMPLOYEES, UPDATE_EMPLOYEES));
    eachChunk(
        ASSESSMENTS, runId, chunk -> write(at, chunk, CREATE_ASSESSMENTS, UPDATE_ASSESSMENTS));
    eachChunk(
        CANDIDATES,
        runId,
        chunk -> {
          Object[] created = new Object[chunk.length + 3];
          created[0] = runId;
          created[1] = at;
          created[2] = at;
          System.arraycopy(chunk, 0, created, 3, chunk.length);
          Jdbc.execute(em, CREATE_CANDIDATES, created);
          write(at, chunk, UPDATE_CANDIDATES);
        });
    deleteStaged(runId);
  }

  @Override
  public void clear(long runId) {
    deleteStaged(runId);
    Jdbc.execute(em, "UPDATE import_run SET rows_staged = 0 WHERE id = ?", runId);
  }

  private void stage(Table table, long runId, int chunk, Column... columns) {
    if (columns[0].values().length == 0) {
      return;
    }
    Object[] parameters = new Object[columns.length + 2];
    parameters[0] = runId;
    parameters[1] = chunk;
    System.arraycopy(columns, 0, parameters, 2, columns.length);
    Jdbc.execute(
        em,
        "INSERT INTO "
            + table.name()
            + " (import_id, chunk, "
            + table.columns()
            + ") VALUES ("
            + Jdbc.placeholders(parameters.length)
            + ")",
        parameters);
  }

  /** Hands over the run's chunks staged in the table, one at a time in the order staged. */
  private void eachChunk(Table table, long runId, Consumer<Array[]> action) {
    List<Integer> chunks = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT chunk FROM " + table.name() + " WHERE import_id = ? ORDER BY chunk",
        row -> chunks.add(row.getInt(1)),
        runId);
    String select =
        "SELECT "
            + table.columns()
            + " FROM "
            + table.name()
            + " WHERE import_id = ? AND chunk = ?";
    for (int chunk : chunks) {
      Array[] arrays = new Array[table.width()];
      Jdbc.query(
          em,
          select,
          row -> {
            for (int i = 0; i < arrays.length; i++) {
              arrays[i] = row.getArray(i + 1);
            }
          },
          runId,
          chunk);
      action.accept(arrays);
    }
  }

  /** Runs each statement over the chunk's rows, stamping what it writes with the time. */
  private void write(Instant at, Array[] chunk, String... statements) {
    Object[] parameters = new Object[chunk.length + 1];
    parameters[0] = at;
    System.arraycopy(chunk, 0, parameters, 1, chunk.length);
    for (String sql : statements) {
      Jdbc.execute(em, sql, parameters);
    }
  }

  private void deleteStaged(long runId) {
    for (Table table : List.of(UNITS, EMPLOYEES, ASSESSMENTS, CANDIDATES)) {
      Jdbc.execute(em, "DELETE FROM " + table.name() + " WHERE import_id = ?", runId);
    }
  }

  private static Column creates(List<? extends Staged<?>> staged) {
    return new Column("boolean", staged.stream().map(Staged::creates).toArray());
  }

  private static <T> Column column(
      String sqlType, List<Staged<T>> staged, Function<T, Object> value) {
    return new Column(sqlType, staged.stream().map(s -> value.apply(s.record())).toArray());
  }

  /** A staging table, and its array columns in the order statements unnest them. */
  private record Table(String name, String columns) {

    int width() {
      return columns.split(",").length;
    }

    /** The rows of one chunk, as {@code s}: its arrays, unnested from parameters. */
    String rows() {
      return "UNNEST(" + Jdbc.placeholders(width()) + ") AS s(" + columns + ")";
    }
  }
}
