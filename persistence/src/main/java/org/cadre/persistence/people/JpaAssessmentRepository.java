package org.cadre.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.people.Assessment;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.persistence.Jdbc;

/** Assessments in the {@code cadre} persistence unit; read and written in bulk with JDBC. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

  private static final String INSERT =
      "INSERT INTO assessment (level, source, updated_at, employee_id, competency_id,"
          + " assessed_on, id, required_level) VALUES (?, ?, ?, ?, ?, ?, nextval('assessment_seq'), "
          + requiredNow("?", "?")
          + ")";
  private static final String UPDATE =
      "UPDATE assessment SET level = ?, source = ?, updated_at = ?, required_level = "
          + requiredNow("assessment.employee_id", "assessment.competency_id")
          + " WHERE employee_id = ? AND competency_id = ? AND assessed_on = ?";

  /**
   * SQL for the level an employee's blueprint requires of a competency now (its published revision;
   * the higher of two skills on one competency), null when it requires none: what an assessment
   * keeps as the requirement it was made against.
   */
  public static String requiredNow(String employeeId, String competencyId) {
    return "(SELECT MAX(t.required_level) FROM employee e"
        + " JOIN blueprint_revision r ON r.blueprint_id = e.blueprint_id"
        + " JOIN blueprint_technical_skill t ON t.revision_id = r.id"
        + " WHERE e.id = "
        + employeeId
        + " AND r.status = 'PUBLISHED' AND t.competency_id = "
        + competencyId
        + ")";
  }

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaAssessmentRepository() {
    // for CDI
  }

  public JpaAssessmentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Assessment> forEmployee(long employeeId) {
    return em.createQuery(
            "SELECT a FROM Assessment a WHERE a.employeeId = :employee"
                + " ORDER BY a.assessedOn DESC, a.competencyId",
            Assessment.class)
        .setParameter("employee", employeeId)
        .getResultList();
  }

  @Override
  public Map<AssessmentKey, AssessmentRecord> all() {
    Map<AssessmentKey, AssessmentRecord> all = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT employee_id, competency_id, level, assessed_on, source FROM assessment",
        row -> {
          AssessmentRecord record =
              new AssessmentRecord(
                  row.getLong(1),
                  row.getLong(2),
                  row.getInt(3),
                  row.getObject(4, LocalDate.class),
                  AssessmentSource.valueOf(row.getString(5)));
          all.put(record.key(), record);
        });
    return all;
  }

  @Override
  public void insert(List<AssessmentRecord> assessments, Instant at) {
    Jdbc.batch(
        em,
        INSERT,
        assessments,
        (statement, assessment) -> {
          bind(statement, assessment, at);
          statement.setLong(7, assessment.employeeId());
          statement.setLong(8, assessment.competencyId());
        });
  }

  @Override
  public void update(List<AssessmentRecord> assessments, Instant at) {
    Jdbc.batch(em, UPDATE, assessments, (statement, assessment) -> bind(statement, assessment, at));
  }

  private static void bind(PreparedStatement statement, AssessmentRecord assessment, Instant at)
      throws SQLException {
    statement.setInt(1, assessment.level());
    statement.setString(2, assessment.source().name());
    Jdbc.setInstant(statement, 3, at);
    statement.setLong(4, assessment.employeeId());
    statement.setLong(5, assessment.competencyId());
    statement.setObject(6, assessment.assessedOn());
  }
}
