package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.Scorecard;

/** Interviews and scorecards in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaInterviewRepository() {
    // for CDI
  }

  public JpaInterviewRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Interview> find(long id) {
    return Optional.ofNullable(em.find(Interview.class, id));
  }

  @Override
  public List<Interview> ofApplication(long applicationId) {
    return em.createQuery(
            "SELECT i FROM Interview i WHERE i.applicationId = :application"
                + " ORDER BY i.scheduledAt, i.id",
            Interview.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public List<Interview> assignedTo(String username) {
    return em.createQuery(
            "SELECT DISTINCT i FROM Interview i JOIN i.interviewers u WHERE u = :username"
                + " ORDER BY i.scheduledAt, i.id",
            Interview.class)
        .setParameter("username", username)
        .getResultList();
  }

  @Override
  public boolean isInterviewer(long applicationId, String username) {
    return em.createQuery(
                "SELECT COUNT(i) FROM Interview i JOIN i.interviewers u"
                    + " WHERE i.applicationId = :application AND u = :username",
                Long.class)
            .setParameter("application", applicationId)
            .setParameter("username", username)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(Interview interview) {
    em.persist(interview);
  }

  @Override
  public List<Scorecard> scorecards(long applicationId) {
    return em.createQuery(
            "SELECT s FROM Scorecard s WHERE s.applicationId = :application"
                + " ORDER BY s.submittedAt, s.id",
            Scorecard.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public Optional<Scorecard> scorecard(long interviewId, String interviewer) {
    return em.createQuery(
            "SELECT s FROM Scorecard s WHERE s.interviewId = :interview"
                + " AND s.interviewer = :interviewer",
            Scorecard.class)
        .setParameter("interview", interviewId)
        .setParameter("interviewer", interviewer)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Scorecard scorecard) {
    em.persist(scorecard);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
