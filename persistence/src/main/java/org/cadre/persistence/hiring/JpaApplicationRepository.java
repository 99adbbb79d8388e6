package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationCard;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.ApplicationStatus;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.persistence.Jdbc;

/**
 * Applications in the {@code cadre} persistence unit. A board is one plain SQL projection of the
 * requisition's applications and their candidates, so it never loads histories.
 */
@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaApplicationRepository() {
    // for CDI
  }

  public JpaApplicationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Application> find(long id) {
    return Optional.ofNullable(em.find(Application.class, id));
  }

  @Override
  public List<ApplicationCard> board(long requisitionId) {
    List<ApplicationCard> cards = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT a.id, a.candidate_id, c.given_name, c.family_name, c.source, c.employee_number,"
            + " a.stage_index, a.stage_name, a.status, a.applied_at, a.stage_entered_at,"
            + " a.revision FROM application a JOIN candidate c ON c.id = a.candidate_id"
            + " WHERE a.requisition_id = ? ORDER BY a.stage_index, a.applied_at, a.id",
        row ->
            cards.add(
                new ApplicationCard(
                    row.getLong(1),
                    row.getLong(2),
                    row.getString(3) + " " + row.getString(4),
                    CandidateSource.valueOf(row.getString(5)),
                    row.getString(6) != null,
                    row.getInt(7),
                    row.getString(8),
                    ApplicationStatus.valueOf(row.getString(9)),
                    row.getObject(10, OffsetDateTime.class).toInstant(),
                    row.getObject(11, OffsetDateTime.class).toInstant(),
                    row.getLong(12))),
        requisitionId);
    return cards;
  }

  @Override
  public List<Application> ofRequisition(long requisitionId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.requisitionId = :requisition"
                + " ORDER BY a.appliedAt, a.id",
            Application.class)
        .setParameter("requisition", requisitionId)
        .getResultList();
  }

  @Override
  public List<Application> ofCandidate(long candidateId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.candidateId = :candidate"
                + " ORDER BY a.appliedAt, a.id",
            Application.class)
        .setParameter("candidate", candidateId)
        .getResultList();
  }

  @Override
  public Optional<Application> of(long requisitionId, long candidateId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.requisitionId = :requisition"
                + " AND a.candidateId = :candidate",
            Application.class)
        .setParameter("requisition", requisitionId)
        .setParameter("candidate", candidateId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Application application) {
    em.persist(application);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
