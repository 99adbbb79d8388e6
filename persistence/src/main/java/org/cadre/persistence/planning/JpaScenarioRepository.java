package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.planning.Scenario;
import org.cadre.domain.planning.ScenarioRepository;

/** Scenarios in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaScenarioRepository implements ScenarioRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaScenarioRepository() {
    // for CDI
  }

  public JpaScenarioRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Scenario> find(String name) {
    return em.createQuery("SELECT s FROM Scenario s WHERE s.name = :name", Scenario.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Scenario> all() {
    return em.createQuery("SELECT s FROM Scenario s ORDER BY s.name", Scenario.class)
        .getResultList();
  }

  @Override
  public void add(Scenario scenario) {
    em.persist(scenario);
  }
}
