package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.hiring.StageTemplate;
import org.cadre.domain.hiring.StageTemplateRepository;

/** HR's pipeline templates in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaStageTemplateRepository implements StageTemplateRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaStageTemplateRepository() {
    // for CDI
  }

  public JpaStageTemplateRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<StageTemplate> find(String family) {
    return em.createQuery(
            "SELECT t FROM StageTemplate t WHERE t.family = :family", StageTemplate.class)
        .setParameter("family", family)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StageTemplate> all() {
    return em.createQuery("SELECT t FROM StageTemplate t ORDER BY t.family", StageTemplate.class)
        .getResultList();
  }

  @Override
  public void add(StageTemplate template) {
    em.persist(template);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
