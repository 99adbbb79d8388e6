package org.cadre.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.audit.AuditLog;

/** The audit trail in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaAuditLog() {
    // for CDI
  }

  public JpaAuditLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public List<AuditEvent> about(String subjectType, String subjectId, int limit) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .setMaxResults(limit)
        .getResultList();
  }
}
