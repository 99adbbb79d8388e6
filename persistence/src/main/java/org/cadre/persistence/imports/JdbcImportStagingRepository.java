package org.cadre.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.cadre.persistence.people.JpaAssessmentRepository;

/**
 * The staging tables of commits ({@code V6__import_staging_by_chunk.sql}): a chunk is one row
 * holding one array per column. Applying runs set-based statements over the run's chunks one at a
 * time, the same SQL on H2 (PostgreSQL mode) and on PostgreSQL, each only when the chunk has rows
 * for it (its {@code creates} array says which rows create and which update):
 *
 * <ul>
 *   <li>the creates, {@code INSERT ... SELECT} over {@code UNNEST} of the chunk's arrays read by
 *       scalar subqueries in the statement itself, so the arrays never leave the database (H2 does
 *       not let {@code UNNEST} read the columns of a table beside it; sending 100,000 rows' arrays
 *       back as text cost PostgreSQL 0.7 s);
 *   <li>the updates, {@code UPDATE ... FROM} joined on the natural key, over the chunk's arrays
 *       read back and sent again as parameters: PostgreSQL plans the join on the arrays' real
 *       lengths only then (over subqueries it guessed a few rows and scanned the table once per
 *       staged row, minutes per chunk). They take their rows from a filtered subquery: H2 turns
 *       {@code UPDATE ... FROM} into a {@code MERGE} over its source, which with the filter in the
 *       join took 29 s for 100,000 updates.
 * </ul>
 */
@ApplicationScoped
public class JdbcImportStagingRepository implements ImportStagingRepository {

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
          + UNITS.staged()
          + " WHERE s.creates";

  private static final String UPDATE_UNITS =
      "UPDATE org_unit u SET name = s.name, kind = s.kind, parent_code = s.parent_code,"
          + " manager_number = s.manager_number, cost_centre = s.cost_centre, updated_at = ?"
          + " FROM "
          + UNITS.sent()
          + " WHERE s.code = u.code";
  private static final String CREATE_EMPLOYEES =
      "INSERT INTO employee (id, employee_number, given_name, family_name, email, org_unit_code,"
          + " blueprint_id, level, fte, hire_date, end_date, location, annual_cost, updated_at)"
          + " SELECT nextval('employee_seq'), s.employee_number, s.given_name, s.family_name,"
          + " s.email, s.org_unit_code, s.blueprint_id, s.level, s.fte, s.hire_date, s.end_date,"
          + " s.location, s.annual_cost, ? FROM "
          + EMPLOYEES.staged()
          + " WHERE s.creates";
  private static final String UPDATE_EMPLOYEES =
      "UPDATE employee e SET given_name = s.given_name, family_name = s.family_name,"
          + " email = s.email, org_unit_code = s.org_unit_code, blueprint_id = s.blueprint_id,"
          + " level = s.level, fte = s.fte, hire_date = s.hire_date, end_date = s.end_date,"
          + " location = s.location, annual_cost = s.annual_cost, updated_at = ?"
          + " FROM (SELECT * FROM "
          + EMPLOYEES.sent()
          + " WHERE NOT s.creates) s WHERE s.employee_number = e.employee_number";
  private static final String CREATE_ASSESSMENTS =
      "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on, source,"
          + " updated_at, required_level) SELECT nextval('assessment_seq'), s.employee_id,"
          + " s.competency_id, s.level, s.assessed_on, s.source, ?, "
          + JpaAssessmentRepository.requiredNow("s.employee_id", "s.competency_id")
          + " FROM "
          + ASSESSMENTS.staged()
          + " WHERE s.creates";
  private static final String UPDATE_ASSESSMENTS =
      "UPDATE assessment a SET level = s.level, source = s.source, updated_at = ?,"
          + " required_level = "
          + JpaAssessmentRepository.requiredNow("a.employee_id", "a.competency_id")
          + " FROM (SELECT * FROM "
          + ASSESSMENTS.sent()
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
          + CANDIDATES.staged()
          + " WHERE s.creates";

  /** Stored candidates by id; their revision steps as a save through JPA steps it. */
  private static final String UPDATE_CANDIDATES =
      "UPDATE candidate c SET given_name = s.given_name, family_name = s.family_name,"
          + " email = s.email, phone = s.phone, source = s.source, links = s.links,"
          + " employee_number = s.employee_number, email_key = s.email_key,"
          + " name_phone_key = s.name_phone_key, updated_at = ?, revision = c.revision + 1"
          + " FROM (SELECT * FROM "
          + CANDIDATES.sent()
          + " WHERE NOT s.creates) s WHERE s.candidate_id = c.id";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcImportStagingRepository() {
    // for CDI
  }

  public JdbcImportStagingRepository(EntityManager em) {
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

  /**
   * Records the new checkpoint, and as the progress others see the checkpoint before it. A commit
   * is visible to other transactions a moment before the database has stored it (H2 stores it as
   * the commit returns, see docs/operations.md), so a kill in that moment takes back a chunk
   * somebody may have seen staged; the previous checkpoint's chunk was stored before this chunk's
   * transaction began, so the progress shown never runs ahead of what a restart resumes from.
   *
   * <p>Holds the run's row until the chunk's transaction ends (without writing it, so its version
   * stays), so that another server ending the run meanwhile waits for the chunk, or the chunk sees
   * the run ended and is refused.
   */
  @Override
  public void checkpoint(long runId, int staged) {
    String[] status = {null};
    Jdbc.query(
        em,
        "SELECT status FROM import_run WHERE id = ? FOR UPDATE",
        row -> status[0] = row.getString(1),
        runId);
    if (!"APPLYING".equals(status[0])) {
      throw new IllegalStateException(
          "Import " + runId + " is no longer applying, so nothing more of it is staged.");
    }
    Jdbc.execute(
        em,
        "UPDATE import_progress SET rows_done = rows_staged, rows_staged = ?, heartbeat_at = ?"
            + " WHERE run_id = ?",
        staged,
        Instant.now(),
        runId);
  }

  @Override
  public int checkpoint(long runId) {
    int[] staged = {0};
    Jdbc.query(
        em,
        "SELECT rows_staged FROM import_progress WHERE run_id = ?",
        row -> staged[0] = row.getInt(1),
        runId);
    return staged[0];
  }

  @Override
  public void apply(long runId, Instant at) {
    eachChunk(UNITS, runId, at, new Write(CREATE_UNITS, Rows.CREATES));
    eachChunk(UNITS, runId, at, new Write(UPDATE_UNITS, Rows.ALL));
    eachChunk(
        EMPLOYEES,
        runId,
        at,
        new Write(CREATE_EMPLOYEES, Rows.CREATES),
        new Write(UPDATE_EMPLOYEES, Rows.UPDATES));
    eachChunk(
        ASSESSMENTS,
        runId,
        at,
        new Write(CREATE_ASSESSMENTS, Rows.CREATES),
        new Write(UPDATE_ASSESSMENTS, Rows.UPDATES));
    eachChunk(
        CANDIDATES,
        runId,
        at,
        new Write(CREATE_CANDIDATES, Rows.CREATES, true),
        new Write(UPDATE_CANDIDATES, Rows.UPDATES));
    deleteStaged(runId);
  }

  @Override
  public void clear(long runId) {
    deleteStaged(runId);
    Jdbc.execute(em, "UPDATE import_progress SET rows_staged = 0 WHERE run_id = ?", runId);
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

  /** Which of a chunk's rows a statement writes. */
  private enum Rows {
    CREATES,
    UPDATES,
    ALL
  }

  /**
   * A statement of the apply: creates read the chunk in place, the others get it sent. Its first
   * parameter is the time; one that stamps {@code byStarter} first takes the run, whose starter
   * becomes the creator, and then the time twice (created and updated).
   */
  private record Write(String sql, Rows rows, boolean byStarter) {

    Write(String sql, Rows rows) {
      this(sql, rows, false);
    }
  }

  /**
   * Runs the statements over each of the run's chunks staged in the table, in the order staged,
   * each only when the chunk has rows for it, stamping what they write with the time.
   */
  private void eachChunk(Table table, long runId, Instant at, Write... writes) {
    Map<Integer, List<Object>> chunks = new LinkedHashMap<>();
    Jdbc.query(
        em,
        "SELECT chunk, creates FROM " + table.name() + " WHERE import_id = ? ORDER BY chunk",
        row -> chunks.put(row.getInt(1), Arrays.asList((Object[]) row.getArray(2).getArray())),
        runId);
    chunks.forEach(
        (chunk, creates) -> {
          Object[] sent = null;
          for (Write write : writes) {
            if (write.rows() == Rows.CREATES && creates.contains(Boolean.TRUE)) {
              Jdbc.execute(em, write.sql(), inPlace(table, runId, chunk, at, write.byStarter()));
            } else if (write.rows() == Rows.ALL
                || (write.rows() == Rows.UPDATES && creates.contains(Boolean.FALSE))) {
              sent = sent == null ? sent(table, runId, chunk, at) : sent;
              Jdbc.execute(em, write.sql(), sent);
            }
          }
        });
  }

  /**
   * The parameters of a statement over {@link Table#staged}: the time (or the run and the time
   * twice, {@code byStarter}), then the run and chunk for each array.
   */
  private static Object[] inPlace(
      Table table, long runId, int chunk, Instant at, boolean byStarter) {
    Object[] lead = byStarter ? new Object[] {runId, at, at} : new Object[] {at};
    Object[] parameters = new Object[lead.length + 2 * table.width()];
    System.arraycopy(lead, 0, parameters, 0, lead.length);
    for (int i = 0; i < table.width(); i++) {
      parameters[lead.length + 2 * i] = runId;
      parameters[lead.length + 1 + 2 * i] = chunk;
    }
    return parameters;
  }

  /** The parameters of a statement over {@link Table#sent}: the time, then the chunk's arrays. */
  private Object[] sent(Table table, long runId, int chunk, Instant at) {
    Object[] parameters = new Object[1 + table.width()];
    parameters[0] = at;
    Jdbc.query(
        em,
        "SELECT "
            + table.columns()
            + " FROM "
            + table.name()
            + " WHERE import_id = ? AND chunk = ?",
        row -> {
          for (int i = 0; i < table.width(); i++) {
            parameters[1 + i] = row.getArray(i + 1);
          }
        },
        runId,
        chunk);
    return parameters;
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

    List<String> columnNames() {
      return List.of(columns.split(",\\s*"));
    }

    int width() {
      return columnNames().size();
    }

    /**
     * The rows of one chunk, as {@code s}: its arrays unnested where they are staged, each read by
     * a subquery that takes the run and the chunk as its two parameters.
     */
    String staged() {
      StringBuilder arrays = new StringBuilder();
      for (String column : columnNames()) {
        if (!arrays.isEmpty()) {
          arrays.append(", ");
        }
        arrays
            .append("(SELECT ")
            .append(column)
            .append(" FROM ")
            .append(name)
            .append(" WHERE import_id = ? AND chunk = ?)");
      }
      return "UNNEST(" + arrays + ") AS s(" + columns + ")";
    }

    /** The rows of one chunk, as {@code s}: its arrays unnested from parameters. */
    String sent() {
      return "UNNEST(" + Jdbc.placeholders(width()) + ") AS s(" + columns + ")";
    }
  }
}
