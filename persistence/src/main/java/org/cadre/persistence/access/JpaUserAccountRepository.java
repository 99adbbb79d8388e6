package org.cadre.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;

/** User accounts in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaUserAccountRepository() {
    // for CDI
  }

  public JpaUserAccountRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> all() {
    return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
        .getResultList();
  }

  @Override
  public void store(UserAccount account) {
    if (account.id() == null) {
      em.persist(account);
    }
  }
}
