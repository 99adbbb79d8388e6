package org.cadre.persistence.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cadre.domain.system.DemoSeed;
import org.cadre.domain.system.DemoSeedLog;

/** Demo bookkeeping in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaDemoSeedLog implements DemoSeedLog {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaDemoSeedLog() {
    // for CDI
  }

  public JpaDemoSeedLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean isApplied(String name) {
    return em.find(DemoSeed.class, name) != null;
  }

  @Override
  public void record(DemoSeed seed) {
    em.persist(seed);
  }
}
