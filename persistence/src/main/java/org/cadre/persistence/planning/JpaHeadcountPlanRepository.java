package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
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
import org.cadre.domain.planning.PlannedLine;
import org.cadre.domain.planning.Quarter;

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
  public List<PlannedLine> newestLines(
      String scenario, Collection<String> unitCodes, Quarter first, Quarter last) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT p.unitCode, p.period, l.blueprintId, l.level, l.plannedFte, l.costPerFte"
                    + " FROM PlanLine l JOIN l.plan p"
                    + NEWEST_IN
                    + (unitCodes == null ? "" : " AND p.unitCode IN :units"),
                Object[].class)
            .setParameter("scenario", scenario)
            .setParameter("first", first.toString())
            .setParameter("last", last.toString());
    if (unitCodes != null) {
      query.setParameter("units", unitCodes);
    }
    Map<String, Quarter> quarters = new HashMap<>();
    List<PlannedLine> lines = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      Quarter period =
          quarters.computeIfAbsent((String) row[1], text -> Quarter.parse(text).orElseThrow());
      lines.add(
          new PlannedLine(
              (String) row[0],
              period,
              new PlanLineRecord(
                  ((Number) row[2]).longValue(),
                  (Level) row[3],
                  (BigDecimal) row[4],
                  (BigDecimal) row[5],
                  null)));
    }
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
