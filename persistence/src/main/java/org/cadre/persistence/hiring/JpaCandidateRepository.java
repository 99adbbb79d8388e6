package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidatePair;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.CvFile;
import org.cadre.domain.hiring.DuplicateRule;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.Jpql;

/** Candidates in the {@code cadre} persistence unit; CVs, bytes only, in plain SQL. */
@ApplicationScoped
public class JpaCandidateRepository implements CandidateRepository {

  private static final String CURRENT = "c.mergedInto IS NULL AND c.anonymisedAt IS NULL";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaCandidateRepository() {
    // for CDI
  }

  public JpaCandidateRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Candidate> find(long id) {
    return Optional.ofNullable(em.find(Candidate.class, id));
  }

  @Override
  public List<Candidate> lookingLike(CandidateDetails details) {
    String email = DuplicateRule.emailKey(details.email());
    String namePhone = DuplicateRule.namePhoneKey(details);
    List<String> keys = new ArrayList<>();
    if (email != null) {
      keys.add("c.emailKey = :email");
    }
    if (namePhone != null) {
      keys.add("c.namePhoneKey = :namePhone");
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    TypedQuery<Candidate> query =
        em.createQuery(
            "SELECT c FROM Candidate c WHERE "
                + CURRENT
                + " AND ("
                + String.join(" OR ", keys)
                + ") ORDER BY c.createdAt, c.id",
            Candidate.class);
    if (email != null) {
      query.setParameter("email", email);
    }
    if (namePhone != null) {
      query.setParameter("namePhone", namePhone);
    }
    return query.getResultList();
  }

  @Override
  public List<CandidateRecord> current() {
    List<CandidateRecord> found = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT id, given_name, family_name, email, phone, source, links, employee_number"
            + " FROM candidate WHERE merged_into IS NULL AND anonymised_at IS NULL ORDER BY id",
        row ->
            found.add(
                new CandidateRecord(
                    row.getLong(1),
                    new CandidateDetails(
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        CandidateSource.valueOf(row.getString(6)),
                        row.getString(7),
                        row.getString(8)))));
    return found;
  }

  @Override
  public Page<Candidate> search(String text, PageRequest page) {
    String where = " WHERE " + CURRENT;
    if (text != null && !text.isBlank()) {
      where +=
          " AND (LOWER(CONCAT(c.givenName, ' ', c.familyName)) LIKE :text ESCAPE '\\'"
              + " OR LOWER(c.email) LIKE :text ESCAPE '\\')";
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Candidate c" + where, Long.class);
    TypedQuery<Candidate> rows =
        em.createQuery(
            "SELECT c FROM Candidate c" + where + " ORDER BY c.familyName, c.givenName, c.id",
            Candidate.class);
    if (text != null && !text.isBlank()) {
      count.setParameter("text", Jpql.containsPattern(text.strip()));
      rows.setParameter("text", Jpql.containsPattern(text.strip()));
    }
    List<Candidate> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public List<CandidatePair> duplicatePairs(int limit) {
    String current =
        " AND a.merged_into IS NULL AND b.merged_into IS NULL"
            + " AND a.anonymised_at IS NULL AND b.anonymised_at IS NULL";
    List<CandidatePair> pairs = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT a.id, b.id FROM candidate a JOIN candidate b ON b.email_key = a.email_key"
            + " AND b.id > a.id WHERE a.email_key IS NOT NULL"
            + current
            + " UNION SELECT a.id, b.id FROM candidate a JOIN candidate b"
            + " ON b.name_phone_key = a.name_phone_key AND b.id > a.id"
            + " WHERE a.name_phone_key IS NOT NULL"
            + current
            + " ORDER BY 1, 2 LIMIT ?",
        row -> pairs.add(new CandidatePair(row.getLong(1), row.getLong(2))),
        limit);
    return pairs;
  }

  @Override
  public List<Long> pastRetention(Instant cutoff, int limit) {
    List<Long> ids = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT c.id FROM candidate c WHERE c.anonymised_at IS NULL AND c.created_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM application a WHERE a.candidate_id = c.id"
            + " AND (a.status = 'ACTIVE' OR a.closed_at >= ?)) ORDER BY c.id LIMIT ?",
        row -> ids.add(row.getLong(1)),
        cutoff.atOffset(ZoneOffset.UTC),
        cutoff.atOffset(ZoneOffset.UTC),
        limit);
    return ids;
  }

  @Override
  public void add(Candidate candidate) {
    em.persist(candidate);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<CvFile> cv(long candidateId) {
    List<CvFile> found = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT file_name, content_type, content FROM candidate_cv WHERE candidate_id = ?",
        row -> found.add(new CvFile(row.getString(1), row.getString(2), row.getBytes(3))),
        candidateId);
    return found.stream().findFirst();
  }

  @Override
  public Optional<String> cvFileName(long candidateId) {
    List<String> found = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT file_name FROM candidate_cv WHERE candidate_id = ?",
        row -> found.add(row.getString(1)),
        candidateId);
    return found.stream().findFirst();
  }

  @Override
  public void storeCv(long candidateId, CvFile cv, Instant at) {
    deleteCv(candidateId);
    Jdbc.execute(
        em,
        "INSERT INTO candidate_cv (candidate_id, file_name, content_type, content, uploaded_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        candidateId,
        cv.fileName(),
        cv.contentType(),
        cv.content(),
        at);
  }

  @Override
  public void deleteCv(long candidateId) {
    Jdbc.execute(em, "DELETE FROM candidate_cv WHERE candidate_id = ?", candidateId);
  }
}
