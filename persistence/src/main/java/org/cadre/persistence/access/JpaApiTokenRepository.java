package org.cadre.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.access.ApiToken;
import org.cadre.domain.access.ApiTokenRepository;

/** API tokens in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaApiTokenRepository() {
    // for CDI
  }

  public JpaApiTokenRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.secretHash = :hash", ApiToken.class)
        .setParameter("hash", secretHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  @Override
  public List<ApiToken> all() {
    return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id DESC", ApiToken.class)
        .getResultList();
  }

  @Override
  public void store(ApiToken token) {
    if (token.id() == null) {
      em.persist(token);
    }
  }
}
