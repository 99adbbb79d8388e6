package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.hiring.RequisitionSearch;
import org.cadre.domain.hiring.RequisitionStatus;

/** Requisitions in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaRequisitionRepository implements RequisitionRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaRequisitionRepository() {
    // for CDI
  }

  public JpaRequisitionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Requisition> find(long id) {
    return Optional.ofNullable(em.find(Requisition.class, id));
  }

  @Override
  public Page<Requisition> search(RequisitionSearch search, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.unitCodes() != null) {
      if (search.unitCodes().isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      conditions.add("r.unitCode IN :units");
      parameters.put("units", search.unitCodes());
    }
    if (search.status() != null) {
      conditions.add("r.status = :status");
      parameters.put("status", search.status());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM Requisition r" + where, Long.class);
    TypedQuery<Requisition> rows =
        em.createQuery(
            "SELECT r FROM Requisition r" + where + " ORDER BY r.createdAt DESC, r.id DESC",
            Requisition.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<Requisition> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Set<Long> positionsHeld(Collection<Long> positionIds) {
    if (positionIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT r.positionId FROM Requisition r WHERE r.positionId IN :ids"
                    + " AND r.status <> :cancelled",
                Long.class)
            .setParameter("ids", positionIds)
            .setParameter("cancelled", RequisitionStatus.CANCELLED)
            .getResultList());
  }

  @Override
  public void add(Requisition requisition) {
    em.persist(requisition);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
