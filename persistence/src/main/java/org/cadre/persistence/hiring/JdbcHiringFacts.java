package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.Days;
import org.cadre.domain.hiring.FillFact;
import org.cadre.domain.hiring.FunnelFacts;
import org.cadre.domain.hiring.HireFact;
import org.cadre.domain.hiring.HiringFacts;
import org.cadre.domain.hiring.HiringScope;
import org.cadre.domain.hiring.OpenFact;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.Jdbc;

/**
 * Hiring metrics' facts counted by the database in plain SQL (aggregates over hundreds of thousands
 * of applications; see docs/benchmarks.md): the stored columns each application keeps by the
 * funnel's rules are grouped and counted here, and the domain computes rates and percentiles.
 */
@ApplicationScoped
public class JdbcHiringFacts implements HiringFacts {

  /** The column holding the seconds an application spent in each timed stage. */
  private static final Map<ReportingStage, String> SECONDS =
      Map.of(
          ReportingStage.APPLIED, "seconds_applied",
          ReportingStage.SCREEN, "seconds_screen",
          ReportingStage.INTERVIEW, "seconds_interview",
          ReportingStage.FINAL, "seconds_final",
          ReportingStage.OFFER, "seconds_offer");

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcHiringFacts() {
    // for CDI
  }

  public JdbcHiringFacts(EntityManager em) {
    this.em = em;
  }

  /** A WHERE clause and its parameters. */
  private record Where(String sql, List<Object> parameters) {

    Object[] with(Object... more) {
      List<Object> all = new ArrayList<>(parameters);
      all.addAll(List.of(more));
      return all.toArray();
    }
  }

  /**
   * The scope as conditions on requisition {@code r}, with the period on the column.
   *
   * @param requisitionColumn the column naming the requisition where {@code r} is not joined
   */
  private static Where where(HiringScope scope, String periodColumn, String requisitionColumn) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    conditions.add(periodColumn + " >= ? AND " + periodColumn + " < ?");
    parameters.add(utc(scope.from()));
    parameters.add(utc(scope.to()));
    if (scope.unitCodes() != null) {
      if (scope.unitCodes().isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add("r.org_unit_code IN (" + Jdbc.placeholders(scope.unitCodes().size()) + ")");
        parameters.addAll(scope.unitCodes());
      }
    }
    if (scope.blueprintId() != null) {
      conditions.add("r.blueprint_id = ?");
      parameters.add(scope.blueprintId());
    }
    if (scope.requisitionId() != null) {
      conditions.add(requisitionColumn + " = ?");
      parameters.add(scope.requisitionId());
    }
    return new Where(" WHERE " + String.join(" AND ", conditions), parameters);
  }

  /** Whether the scope needs the requisition joined: it filters on its unit or blueprint. */
  private static boolean joinsRequisition(HiringScope scope) {
    return scope.unitCodes() != null || scope.blueprintId() != null;
  }

  /**
   * One statement: the scope's applications are read once into a narrow set ({@code scoped}, which
   * PostgreSQL materialises as it is used more than once), and counted by furthest stage and, per
   * timed stage, by tenths of a day.
   */
  @Override
  public FunnelFacts funnel(HiringScope scope) {
    Where where = where(scope, "a.applied_at", "a.requisition_id");
    List<String> seconds = new ArrayList<>();
    for (ReportingStage stage : ReportingStage.values()) {
      if (stage.timed()) {
        seconds.add("a." + SECONDS.get(stage));
      }
    }
    StringBuilder sql =
        new StringBuilder("WITH scoped AS (SELECT a.status, a.reporting_stage, a.furthest_stage, ")
            .append(String.join(", ", seconds))
            .append(" FROM application a")
            .append(joinsRequisition(scope) ? " JOIN requisition r ON r.id = a.requisition_id" : "")
            .append(where.sql())
            .append(") SELECT furthest_stage, -1, COUNT(*) FROM scoped GROUP BY furthest_stage");
    for (ReportingStage stage : ReportingStage.values()) {
      if (!stage.timed()) {
        continue;
      }
      String column = SECONDS.get(stage);
      String tenths = column + " / " + Days.TENTH;
      sql.append(" UNION ALL SELECT '")
          .append(stage.name())
          .append("', ")
          .append(tenths)
          .append(", COUNT(*) FROM scoped WHERE ")
          .append(column)
          .append(" IS NOT NULL AND NOT (status = 'ACTIVE' AND reporting_stage = '")
          .append(stage.name())
          .append("') GROUP BY ")
          .append(tenths);
    }
    FunnelFacts facts = new FunnelFacts();
    Jdbc.query(
        em,
        sql.toString(),
        row -> {
          ReportingStage stage = ReportingStage.valueOf(row.getString(1));
          long tenths = row.getLong(2);
          if (tenths < 0) {
            facts.addFurthest(stage, row.getLong(3));
          } else {
            facts.addDays(stage, tenths, row.getLong(3));
          }
        },
        where.with());
    return facts;
  }

  @Override
  public List<FillFact> fills(HiringScope scope) {
    Where where = where(scope, "r.accepted_at", "r.id");
    List<FillFact> fills = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT r.approved_at, r.accepted_at, r.hold_seconds FROM requisition r" + where.sql(),
        row -> fills.add(new FillFact(instant(row, 1), instant(row, 2), row.getLong(3))),
        where.with());
    return fills;
  }

  @Override
  public List<HireFact> hires(HiringScope scope) {
    Where where = where(scope, "o.decided_at", "o.requisition_id");
    List<HireFact> hires = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT a.applied_at, o.decided_at, c.source FROM offer o"
            + " JOIN application a ON a.id = o.application_id"
            + " JOIN candidate c ON c.id = a.candidate_id"
            + " JOIN requisition r ON r.id = o.requisition_id"
            + where.sql()
            + " AND o.status = 'ACCEPTED'",
        row ->
            hires.add(
                new HireFact(
                    instant(row, 1), instant(row, 2), CandidateSource.valueOf(row.getString(3)))),
        where.with());
    return hires;
  }

  @Override
  public long[] offerAnswers(HiringScope scope) {
    Where where = where(scope, "o.decided_at", "o.requisition_id");
    long[] answers = new long[2];
    Jdbc.query(
        em,
        "SELECT o.status, COUNT(*) FROM offer o JOIN requisition r ON r.id = o.requisition_id"
            + where.sql()
            + " AND o.status IN ('ACCEPTED', 'DECLINED') GROUP BY o.status",
        row -> answers["ACCEPTED".equals(row.getString(1)) ? 0 : 1] = row.getLong(2),
        where.with());
    return answers;
  }

  @Override
  public Map<String, Long> openRequisitions(
      Collection<String> unitCodes, Quarter quarter, LocalDate today) {
    LocalDate day = quarter.countedOn(today);
    return countByUnit(
        "SELECT r.org_unit_code, COUNT(*) FROM requisition r"
            + " WHERE r.open_from <= ? AND (r.open_until IS NULL OR r.open_until > ?)"
            + " AND r.target_start <= ?",
        unitCodes,
        day,
        day,
        quarter.end());
  }

  @Override
  public Map<String, Long> hiresStarted(
      Collection<String> unitCodes, LocalDate first, LocalDate last) {
    return countByUnit(
        "SELECT r.org_unit_code, COUNT(*) FROM offer o JOIN requisition r"
            + " ON r.id = o.requisition_id WHERE r.status = 'FILLED' AND o.status = 'ACCEPTED'"
            + " AND o.start_date BETWEEN ? AND ?",
        unitCodes,
        first,
        last);
  }

  @Override
  public List<OpenFact> openOn(Collection<String> unitCodes, LocalDate day) {
    List<OpenFact> open = new ArrayList<>();
    inUnits(
        "SELECT r.open_from, r.fte FROM requisition r"
            + " WHERE r.open_from <= ? AND (r.open_until IS NULL OR r.open_until > ?)",
        unitCodes,
        "",
        row -> open.add(new OpenFact(row.getObject(1, LocalDate.class), row.getBigDecimal(2))),
        day,
        day);
    return open;
  }

  private Map<String, Long> countByUnit(
      String select, Collection<String> unitCodes, Object... parameters) {
    Map<String, Long> counts = new HashMap<>();
    inUnits(
        select,
        unitCodes,
        " GROUP BY r.org_unit_code",
        row -> counts.put(row.getString(1), row.getLong(2)),
        parameters);
    return counts;
  }

  /**
   * Runs the query of requisitions {@code r} for the units (null: every unit; empty: none), with
   * {@code tail} after the unit filter.
   */
  private void inUnits(
      String select,
      Collection<String> unitCodes,
      String tail,
      Jdbc.RowHandler handler,
      Object... parameters) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return;
    }
    List<Object> all = new ArrayList<>(List.of(parameters));
    String sql = select;
    if (unitCodes != null) {
      sql += " AND r.org_unit_code IN (" + Jdbc.placeholders(unitCodes.size()) + ")";
      all.addAll(unitCodes);
    }
    Jdbc.query(em, sql + tail, handler, all.toArray());
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(java.sql.ResultSet row, int column) throws java.sql.SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
