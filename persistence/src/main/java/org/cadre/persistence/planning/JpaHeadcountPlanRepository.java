package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.PlanState;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.PlannedLine;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.Jdbc;

/** Headcount plans in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaHeadcountPlanRepository implements HeadcountPlanRepository {

  private static final String NEWEST_IN =
      " WHERE p.scenario = :scenario AND p.newest = TRUE"
          + " AND p.period BETWEEN :first AND :last";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaHeadcountPlanRepository() {
    // for CDI
  }

  public JpaHeadcountPlanRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<HeadcountPlan> find(long id) {
    return Optional.ofNullable(em.find(HeadcountPlan.class, id));
  }

  @Override
  public Optional<HeadcountPlan> newest(String unitCode, Quarter period, String scenario) {
    return em.createQuery(
            "SELECT p FROM HeadcountPlan p WHERE p.unitCode = :unit AND p.period = :period"
                + " AND p.scenario = :scenario AND p.newest = TRUE",
            HeadcountPlan.class)
        .setParameter("unit", unitCode)
        .setParameter("period", period.toString())
        .setParameter("scenario", scenario)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<HeadcountPlan> versions(String unitCode, Quarter period, String scenario) {
    return em.createQuery(
            "SELECT p FROM HeadcountPlan p WHERE p.unitCode = :unit AND p.period = :period"
                + " AND p.scenario = :scenario ORDER BY p.version",
            HeadcountPlan.class)
        .setParameter("unit", unitCode)
        .setParameter("period", period.toString())
        .setParameter("scenario", scenario)
        .getResultList();
  }

  @Override
  public List<HeadcountPlan> newest(
      String scenario, Collection<String> unitCodes, Quarter first, Quarter last) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    TypedQuery<HeadcountPlan> query =
        em.createQuery(
                "SELECT p FROM HeadcountPlan p"
                    + NEWEST_IN
                    + (unitCodes == null ? "" : " AND p.unitCode IN :units")
                    + " ORDER BY p.unitCode, p.period",
                HeadcountPlan.class)
            .setParameter("scenario", scenario)
            .setParameter("first", first.toString())
            .setParameter("last", last.toString())
            // EclipseLink's batch reading, named as text: the application cannot see its classes
            .setHint("eclipselink.batch", "p.lines")
            .setHint("eclipselink.batch.type", "IN");
    if (unitCodes != null) {
      query.setParameter("units", unitCodes);
    }
    return query.getResultList();
  }

  @Override
  public Map<String, PlanState> newestStates(
      String scenario, Collection<String> unitCodes, Quarter period) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return Map.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT p.unitCode, p.id, p.status FROM HeadcountPlan p"
                    + NEWEST_IN
                    + (unitCodes == null ? "" : " AND p.unitCode IN :units"),
                Object[].class)
            .setParameter("scenario", scenario)
            .setParameter("first", period.toString())
            .setParameter("last", period.toString());
    if (unitCodes != null) {
      query.setParameter("units", unitCodes);
    }
    Map<String, PlanState> states = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      states.put((String) row[0], new PlanState((Long) row[1], (PlanStatus) row[2]));
    }
    return states;
  }

  @Override
  public List<PlannedLine> newestLines(
      String scenario, Collection<String> unitCodes, Quarter first, Quarter last) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(List.of(scenario, first.toString(), last.toString()));
    if (unitCodes != null) {
      parameters.addAll(unitCodes);
    }
    Map<String, Quarter> quarters = new HashMap<>();
    List<PlannedLine> lines = new ArrayList<>();
    // plain JDBC: a quarter of a large organisation has tens of thousands of lines
    Jdbc.query(
        em,
        "SELECT p.org_unit_code, p.period, l.blueprint_id, l.level, l.planned_fte, l.cost_per_fte"
            + " FROM plan_line l JOIN headcount_plan p ON p.id = l.plan_id"
            + " WHERE p.scenario = ? AND p.newest = TRUE AND p.period BETWEEN ? AND ?"
            + (unitCodes == null
                ? ""
                : " AND p.org_unit_code IN (" + Jdbc.placeholders(unitCodes.size()) + ")"),
        row -> {
          String level = row.getString(4);
          lines.add(
              new PlannedLine(
                  row.getString(1),
                  quarters.computeIfAbsent(
                      row.getString(2), text -> Quarter.parse(text).orElseThrow()),
                  new PlanLineRecord(
                      row.getLong(3),
                      level == null ? null : Level.valueOf(level),
                      row.getBigDecimal(5),
                      row.getBigDecimal(6),
                      null)));
        },
        parameters.toArray());
    return lines;
  }

  @Override
  public void add(HeadcountPlan plan) {
    em.persist(plan);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
