package org.cadre.persistence.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportSchedule;
import org.cadre.domain.reporting.ReportScheduleRepository;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.Jdbc;

/**
 * Report schedules in plain SQL. A due schedule is moved on by a conditional update, so that of
 * several servers sharing the database exactly one makes each pack.
 */
@ApplicationScoped
public class JdbcReportSchedules implements ReportScheduleRepository {

  private static final String COLUMNS =
      "id, kind, org_unit_code, scenario, detail, format, language, owner, created_at,"
          + " next_run_at";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcReportSchedules() {
    // for CDI
  }

  public JdbcReportSchedules(EntityManager em) {
    this.em = em;
  }

  @Override
  public long add(ReportRequest request, String owner, Instant createdAt, Instant firstRunAt) {
    long[] id = {0};
    Jdbc.query(em, "SELECT nextval('report_schedule_seq')", row -> id[0] = row.getLong(1));
    Jdbc.execute(
        em,
        "INSERT INTO report_schedule (id, kind, org_unit_code, scenario, detail, format,"
            + " language, owner, created_at, next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id[0],
        request.kind(),
        request.unitCode(),
        request.scenario(),
        request.detail().name(),
        request.format().name(),
        request.language(),
        owner,
        createdAt,
        firstRunAt);
    return id[0];
  }

  @Override
  public Optional<ReportSchedule> find(long id) {
    return select(" WHERE id = ?", id).stream().findFirst();
  }

  @Override
  public List<ReportSchedule> ownedBy(String owner) {
    return select(" WHERE owner = ? ORDER BY created_at, id", owner);
  }

  @Override
  public List<ReportSchedule> due(Instant now) {
    return select(
        " WHERE next_run_at <= ? ORDER BY next_run_at, id", now.atOffset(java.time.ZoneOffset.UTC));
  }

  @Override
  public boolean advance(long id, Instant due, Instant next) {
    return Jdbc.execute(
            em,
            "UPDATE report_schedule SET next_run_at = ? WHERE id = ? AND next_run_at = ?",
            next,
            id,
            due)
        == 1;
  }

  @Override
  public boolean delete(long id) {
    return Jdbc.execute(em, "DELETE FROM report_schedule WHERE id = ?", id) == 1;
  }

  private List<ReportSchedule> select(String where, Object... parameters) {
    List<ReportSchedule> schedules = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT " + COLUMNS + " FROM report_schedule" + where,
        row -> schedules.add(schedule(row)),
        parameters);
    return schedules;
  }

  private static ReportSchedule schedule(ResultSet row) throws SQLException {
    Instant next = JdbcReportRuns.instant(row, 10);
    Quarter quarter = Quarter.containing(next.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    return new ReportSchedule(
        row.getLong(1),
        new ReportRequest(
            row.getString(2),
            row.getString(3),
            quarter,
            quarter.next().next().next(),
            row.getString(4),
            UnitDetail.valueOf(row.getString(5)),
            PackFormat.valueOf(row.getString(6)),
            row.getString(7)),
        row.getString(8),
        JdbcReportRuns.instant(row, 9),
        next);
  }
}
