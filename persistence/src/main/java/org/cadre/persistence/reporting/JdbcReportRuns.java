package org.cadre.persistence.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportFile;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.domain.reporting.ReportRunRepository;
import org.cadre.domain.reporting.ReportStatus;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.Jdbc;

/**
 * Report runs and their files in plain SQL ({@code V11__reports.sql}). A run is a row its job
 * updates as it goes, with no version to step; the file goes in a table of its own, so that lists
 * of runs never read it.
 */
@ApplicationScoped
public class JdbcReportRuns implements ReportRunRepository {

  private static final String COLUMNS =
      "id, kind, org_unit_code, first_quarter, last_quarter, scenario, detail, format, language,"
          + " requested_by, requested_at, schedule_id, status, percent, pages, error, finished_at,"
          + " file_name, file_size";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcReportRuns() {
    // for CDI
  }

  public JdbcReportRuns(EntityManager em) {
    this.em = em;
  }

  @Override
  public long add(
      ReportRequest request, String requestedBy, Instant at, Long scheduleId, String runner) {
    long[] id = {0};
    Jdbc.query(em, "SELECT nextval('report_run_seq')", row -> id[0] = row.getLong(1));
    Jdbc.execute(
        em,
        "INSERT INTO report_run (id, kind, org_unit_code, first_quarter, last_quarter, scenario,"
            + " detail, format, language, requested_by, requested_at, schedule_id, status,"
            + " percent, runner, heartbeat_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)",
        id[0],
        request.kind(),
        request.unitCode(),
        request.first().toString(),
        request.last().toString(),
        request.scenario(),
        request.detail().name(),
        request.format().name(),
        request.language(),
        requestedBy,
        at,
        scheduleId,
        runner,
        at);
    return id[0];
  }

  @Override
  public Optional<ReportRun> find(long id) {
    List<ReportRun> found = new ArrayList<>();
    Jdbc.query(
        em, "SELECT " + COLUMNS + " FROM report_run WHERE id = ?", row -> found.add(run(row)), id);
    return found.stream().findFirst();
  }

  @Override
  public List<ReportRun> requestedBy(String username, int limit) {
    List<ReportRun> runs = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT "
            + COLUMNS
            + " FROM report_run WHERE requested_by = ? ORDER BY requested_at DESC, id DESC"
            + " LIMIT ?",
        row -> runs.add(run(row)),
        username,
        limit);
    return runs;
  }

  @Override
  public void running(long id, String runner, Instant at) {
    Jdbc.execute(
        em,
        "UPDATE report_run SET status = 'RUNNING', percent = 0, runner = ?, heartbeat_at = ?"
            + " WHERE id = ?",
        runner,
        at,
        id);
  }

  @Override
  public void progress(long id, int percent, Instant at) {
    Jdbc.execute(
        em,
        "UPDATE report_run SET percent = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'",
        Math.max(0, Math.min(100, percent)),
        at,
        id);
  }

  @Override
  public void done(long id, ReportFile file, Integer pages, Instant at) {
    Jdbc.execute(em, "DELETE FROM report_file WHERE run_id = ?", id);
    Jdbc.execute(
        em,
        "INSERT INTO report_file (run_id, content, preview) VALUES (?, ?, ?)",
        id,
        file.content(),
        file.preview());
    Jdbc.execute(
        em,
        "UPDATE report_run SET status = 'DONE', percent = 100, pages = ?, error = NULL,"
            + " finished_at = ?, heartbeat_at = ?, file_name = ?, file_size = ? WHERE id = ?",
        pages,
        at,
        at,
        file.fileName(),
        (long) file.content().length,
        id);
  }

  @Override
  public void failed(long id, String error, Instant at) {
    Jdbc.execute(
        em,
        "UPDATE report_run SET status = 'FAILED', error = ?, finished_at = ?, heartbeat_at = ?"
            + " WHERE id = ?",
        error.length() > 2000 ? error.substring(0, 1999) + "…" : error,
        at,
        at,
        id);
  }

  @Override
  public Optional<ReportFile> file(long id) {
    List<ReportFile> found = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT r.file_name, r.format, f.content, f.preview FROM report_file f"
            + " JOIN report_run r ON r.id = f.run_id WHERE f.run_id = ?",
        row ->
            found.add(
                new ReportFile(
                    row.getString(1),
                    PackFormat.valueOf(row.getString(2)),
                    row.getBytes(3),
                    row.getBytes(4))),
        id);
    return found.stream().findFirst();
  }

  @Override
  public List<Long> unfinished(String server, Instant silentSince) {
    List<Long> ids = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT id FROM report_run WHERE status IN ('QUEUED', 'RUNNING')"
            + " AND (runner = ? OR runner IS NULL OR heartbeat_at < ?) ORDER BY id",
        row -> ids.add(row.getLong(1)),
        server,
        silentSince.atOffset(java.time.ZoneOffset.UTC));
    return ids;
  }

  @Override
  public boolean claim(long id, String server, Instant at, Instant silentSince) {
    return Jdbc.execute(
            em,
            "UPDATE report_run SET status = 'QUEUED', percent = 0, runner = ?, heartbeat_at = ?"
                + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')"
                + " AND (runner = ? OR runner IS NULL OR heartbeat_at < ?)",
            server,
            at,
            id,
            server,
            silentSince)
        == 1;
  }

  @Override
  public int deleteFinishedBefore(Instant before) {
    return Jdbc.execute(
        em,
        "DELETE FROM report_run WHERE status IN ('DONE', 'FAILED') AND finished_at < ?",
        before);
  }

  private static ReportRun run(ResultSet row) throws SQLException {
    long scheduleId = row.getLong(12);
    Long schedule = row.wasNull() ? null : scheduleId;
    int pageCount = row.getInt(15);
    Integer pages = row.wasNull() ? null : pageCount;
    long size = row.getLong(19);
    Long fileSize = row.wasNull() ? null : size;
    return new ReportRun(
        row.getLong(1),
        new ReportRequest(
            row.getString(2),
            row.getString(3),
            Quarter.parse(row.getString(4)).orElseThrow(),
            Quarter.parse(row.getString(5)).orElseThrow(),
            row.getString(6),
            UnitDetail.valueOf(row.getString(7)),
            PackFormat.valueOf(row.getString(8)),
            row.getString(9)),
        row.getString(10),
        instant(row, 11),
        schedule,
        ReportStatus.valueOf(row.getString(13)),
        row.getInt(14),
        pages,
        row.getString(16),
        instant(row, 17),
        row.getString(18),
        fileSize);
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
