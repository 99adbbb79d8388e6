package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferRepository;

/** Offers in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaOfferRepository() {
    // for CDI
  }

  public JpaOfferRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Offer> find(long id) {
    return Optional.ofNullable(em.find(Offer.class, id));
  }

  @Override
  public List<Offer> ofApplication(long applicationId) {
    return em.createQuery(
            "SELECT o FROM Offer o WHERE o.applicationId = :application"
                + " ORDER BY o.createdAt, o.id",
            Offer.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public void add(Offer offer) {
    em.persist(offer);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
