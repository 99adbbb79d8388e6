package org.cadre.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportProgress;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportRunRepository;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.Jpql;

/**
 * Import runs in the {@code cadre} persistence unit. Their progress ({@code import_progress}) and
 * problems are read and written with plain SQL: progress changes while another transaction holds
 * the run, and problems come by the thousand.
 */
@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

  /**
   * A run a starting server may take, by its progress row: its own, nobody's, or one whose server
   * went silent.
   */
  private static final String TAKEABLE =
      "(runner IS NULL OR runner = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)";

  private static final int VALUE_MAX = 1000;
  private static final int REASON_MAX = 2000;

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaImportRunRepository() {
    // for CDI
  }

  public JpaImportRunRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ImportRun> find(long id) {
    return Optional.ofNullable(em.find(ImportRun.class, id));
  }

  @Override
  public void store(ImportRun run) {
    if (run.id() == null) {
      em.persist(run);
      em.flush();
      Jdbc.execute(
          em,
          "INSERT INTO import_progress (run_id, rows_done, rows_total, rows_staged)"
              + " VALUES (?, 0, 0, 0)",
          run.id());
    }
  }

  @Override
  public ImportProgress progress(long runId) {
    return progress(List.of(runId)).getOrDefault(runId, ImportProgress.NONE);
  }

  @Override
  public Map<Long, ImportProgress> progress(Collection<Long> runIds) {
    Map<Long, ImportProgress> progress = new HashMap<>();
    if (runIds.isEmpty()) {
      return progress;
    }
    Jdbc.query(
        em,
        "SELECT run_id, rows_done, rows_total, rows_staged, runner, heartbeat_at"
            + " FROM import_progress WHERE run_id IN ("
            + Jdbc.placeholders(runIds.size())
            + ")",
        row ->
            progress.put(
                row.getLong(1),
                new ImportProgress(
                    row.getInt(2),
                    row.getInt(3),
                    row.getInt(4),
                    row.getString(5),
                    Jdbc.instant(row, 6))),
        runIds.toArray());
    return progress;
  }

  @Override
  public Page<ImportRun> history(PageRequest page) {
    List<ImportRun> items =
        em.createQuery(
                "SELECT r FROM ImportRun r ORDER BY r.startedAt DESC, r.id DESC", ImportRun.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("SELECT COUNT(r) FROM ImportRun r", Long.class).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public Optional<ImportRun> latestDryRun(ImportKind kind, String checksum) {
    return em.createQuery(
            "SELECT r FROM ImportRun r WHERE r.kind = :kind AND r.checksum = :checksum"
                + " AND r.mode = :mode AND r.status = :status ORDER BY r.id DESC",
            ImportRun.class)
        .setParameter("kind", kind)
        .setParameter("checksum", checksum)
        .setParameter("mode", ImportMode.DRY_RUN)
        .setParameter("status", ImportStatus.CHECKED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public String dataStamp() {
    StringBuilder stamp = new StringBuilder();
    Jdbc.query(
        em,
        "SELECT (SELECT COUNT(*) FROM org_unit), (SELECT MAX(updated_at) FROM org_unit),"
            + " (SELECT COUNT(*) FROM employee), (SELECT MAX(updated_at) FROM employee),"
            + " (SELECT COUNT(*) FROM assessment), (SELECT MAX(updated_at) FROM assessment),"
            + " (SELECT COUNT(*) FROM competency), (SELECT MAX(id) FROM competency),"
            + " (SELECT COUNT(*) FROM role_blueprint), (SELECT MAX(updated_at) FROM role_blueprint)",
        row -> {
          for (int i = 1; i <= 10; i++) {
            stamp.append(row.getString(i)).append('|');
          }
        });
    return stamp.toString();
  }

  @Override
  public List<ImportRun> unfinished(String server, Instant silentSince) {
    List<Long> ids = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT r.id FROM import_run r JOIN import_progress p ON p.run_id = r.id"
            + " WHERE r.status IN ('QUEUED', 'CHECKING', 'APPLYING') AND "
            + TAKEABLE
            + " ORDER BY r.id",
        row -> ids.add(row.getLong(1)),
        server,
        silentSince);
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM ImportRun r WHERE r.id IN :ids ORDER BY r.id", ImportRun.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void progress(long runId, int done, int total, Instant at) {
    Jdbc.execute(
        em,
        "UPDATE import_progress SET rows_done = ?, rows_total = ?, heartbeat_at = ? WHERE run_id = ?",
        done,
        total,
        at,
        runId);
  }

  @Override
  public boolean claim(long runId, String server, Instant at, Instant silentSince) {
    return Jdbc.execute(
            em,
            "UPDATE import_progress SET runner = ?, heartbeat_at = ? WHERE run_id = ? AND "
                + TAKEABLE,
            server,
            at,
            runId,
            server,
            silentSince)
        == 1;
  }

  @Override
  public void addProblems(long runId, List<ImportProblem> problems) {
    int[] last = {0};
    Jdbc.query(
        em,
        "SELECT MAX(seq_no) FROM import_problem WHERE import_id = ?",
        row -> last[0] = row.getInt(1),
        runId);
    List<Numbered> numbered = new ArrayList<>();
    for (ImportProblem problem : problems) {
      numbered.add(new Numbered(++last[0], problem));
    }
    Jdbc.batch(
        em,
        "INSERT INTO import_problem (import_id, seq_no, row_no, column_name, column_index,"
            + " cell_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
        numbered,
        (statement, item) -> {
          ImportProblem problem = item.problem();
          statement.setLong(1, runId);
          statement.setInt(2, item.seq());
          statement.setInt(3, problem.row());
          Jdbc.set(statement, 4, problem.column(), Types.VARCHAR);
          statement.setInt(5, problem.columnIndex());
          statement.setString(6, clip(problem.value(), VALUE_MAX));
          statement.setString(7, clip(problem.reason(), REASON_MAX));
        });
  }

  private record Numbered(int seq, ImportProblem problem) {}

  @Override
  public List<ImportProblem> problems(long runId, String contains, int offset, int limit) {
    List<ImportProblem> problems = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT row_no, column_name, column_index, cell_value, reason FROM import_problem"
            + where(contains)
            + " ORDER BY seq_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        row ->
            problems.add(
                new ImportProblem(
                    row.getInt(1),
                    row.getString(2),
                    row.getInt(3),
                    row.getString(4),
                    row.getString(5))),
        parameters(runId, contains, offset, limit));
    return problems;
  }

  @Override
  public int countProblems(long runId, String contains) {
    int[] count = {0};
    Jdbc.query(
        em,
        "SELECT COUNT(*) FROM import_problem" + where(contains),
        row -> count[0] = row.getInt(1),
        parameters(runId, contains));
    return count[0];
  }

  @Override
  public int problemRows(long runId) {
    int[] count = {0};
    Jdbc.query(
        em,
        "SELECT COUNT(DISTINCT row_no) FROM import_problem WHERE import_id = ?",
        row -> count[0] = row.getInt(1),
        runId);
    return count[0];
  }

  private static String where(String contains) {
    return contains == null
        ? " WHERE import_id = ?"
        : " WHERE import_id = ? AND (LOWER(reason) LIKE ? ESCAPE '\\'"
            + " OR LOWER(COALESCE(column_name, '')) LIKE ? ESCAPE '\\'"
            + " OR LOWER(cell_value) LIKE ? ESCAPE '\\')";
  }

  private static Object[] parameters(long runId, String contains, Object... paging) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(runId);
    if (contains != null) {
      String pattern = Jpql.containsPattern(contains);
      parameters.addAll(List.of(pattern, pattern, pattern));
    }
    parameters.addAll(List.of(paging));
    return parameters.toArray();
  }

  private static String clip(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
