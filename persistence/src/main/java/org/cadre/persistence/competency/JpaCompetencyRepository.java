package org.cadre.persistence.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.competency.CompetencyRepository;
import org.cadre.persistence.Jpql;

/** The competency catalogue in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaCompetencyRepository implements CompetencyRepository {

  /**
   * The skills of the revisions of a kind (latest or published): what "used by a blueprint" means
   * in the catalogue.
   */
  private static String skills(Revisions revisions) {
    String kind = revisions == Revisions.LATEST ? "r.latest = TRUE" : "r.status = 'PUBLISHED'";
    return "SELECT s.competency_id, s.revision_id FROM blueprint_technical_skill s"
        + " JOIN blueprint_revision r ON r.id = s.revision_id WHERE "
        + kind
        + " UNION ALL"
        + " SELECT s.competency_id, s.revision_id FROM blueprint_soft_skill s"
        + " JOIN blueprint_revision r ON r.id = s.revision_id WHERE "
        + kind;
  }

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaCompetencyRepository() {
    // for CDI
  }

  public JpaCompetencyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Competency> find(long id) {
    return Optional.ofNullable(em.find(Competency.class, id));
  }

  /*
   * The catalogue's lookups are scalar queries: loading alias embeddables through a join trips
   * EclipseLink 4.0 outside the server (descriptor not initialised), and one query per competency
   * would cost a round trip per skill.
   */

  @Override
  public Map<String, Long> idsByKey(Collection<String> keys) {
    Map<String, Long> ids = new HashMap<>();
    if (keys.isEmpty()) {
      return ids;
    }
    for (Object[] row :
        em.createQuery("SELECT c.key, c.id FROM Competency c WHERE c.key IN :keys", Object[].class)
            .setParameter("keys", keys)
            .getResultList()) {
      ids.put((String) row[0], (Long) row[1]);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT a.key, c.id FROM Competency c JOIN c.aliases a WHERE a.key IN :keys",
                Object[].class)
            .setParameter("keys", keys)
            .getResultList()) {
      ids.putIfAbsent((String) row[0], (Long) row[1]);
    }
    return ids;
  }

  @Override
  public Map<Long, String> names() {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery("SELECT c.id, c.name FROM Competency c ORDER BY c.name", Object[].class)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  @Override
  public Map<Long, Set<String>> wordings(Collection<Long> ids) {
    Map<Long, Set<String>> wordings = new HashMap<>();
    if (ids.isEmpty()) {
      return wordings;
    }
    for (Object[] row :
        em.createQuery("SELECT c.id, c.name FROM Competency c WHERE c.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      wordings.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT c.id, a.alias FROM Competency c JOIN c.aliases a WHERE c.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      wordings.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
    }
    return wordings;
  }

  @Override
  public Page<Competency> search(String text, Revisions revisions, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      conditions.add(
          "(LOWER(c.name) LIKE :text ESCAPE '\\'"
              + " OR EXISTS (SELECT a FROM Competency d JOIN d.aliases a"
              + " WHERE d = c AND LOWER(a.alias) LIKE :text ESCAPE '\\'))");
    }
    if (revisions == Revisions.PUBLISHED) {
      conditions.add(
          "(c.id IN (SELECT s.competencyId FROM BlueprintRevision r JOIN r.technicalSkills s"
              + " WHERE r.status = :published)"
              + " OR c.id IN (SELECT t.competencyId FROM BlueprintRevision q JOIN q.softSkills t"
              + " WHERE q.status = :published))");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    var count = em.createQuery("SELECT COUNT(c) FROM Competency c" + where, Long.class);
    var rows =
        em.createQuery(
            "SELECT c FROM Competency c" + where + " ORDER BY c.name, c.id", Competency.class);
    if (text != null && !text.isBlank()) {
      count.setParameter("text", Jpql.containsPattern(text.strip()));
      rows.setParameter("text", Jpql.containsPattern(text.strip()));
    }
    if (revisions == Revisions.PUBLISHED) {
      count.setParameter("published", BlueprintStatus.PUBLISHED);
      rows.setParameter("published", BlueprintStatus.PUBLISHED);
    }
    List<Competency> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public boolean isUsed(long competencyId, Revisions revisions) {
    return !em.createNativeQuery(
            "SELECT 1 FROM (" + skills(revisions) + ") u WHERE u.competency_id = ?")
        .setParameter(1, competencyId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Map<Long, Long> blueprintCounts(Collection<Long> competencyIds, Revisions revisions) {
    Map<Long, Long> counts = new HashMap<>();
    if (competencyIds.isEmpty()) {
      return counts;
    }
    String ids = competencyIds.stream().map(id -> "?").collect(Collectors.joining(", "));
    Query query =
        em.createNativeQuery(
            "SELECT u.competency_id, COUNT(DISTINCT u.revision_id) FROM ("
                + skills(revisions)
                + ") u WHERE u.competency_id IN ("
                + ids
                + ") GROUP BY u.competency_id");
    int position = 1;
    for (Long id : competencyIds) {
      query.setParameter(position++, id);
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<String> blueprintTitles(long competencyId, Revisions revisions) {
    @SuppressWarnings("unchecked")
    List<Object> titles =
        em.createNativeQuery(
                "SELECT DISTINCT r.title FROM blueprint_revision r JOIN ("
                    + skills(revisions)
                    + ") u ON u.revision_id = r.id WHERE u.competency_id = ? ORDER BY r.title")
            .setParameter(1, competencyId)
            .getResultList();
    return titles.stream().map(Object::toString).toList();
  }

  @Override
  public int relink(long fromCompetencyId, long toCompetencyId) {
    int moved = 0;
    for (String table : List.of("blueprint_technical_skill", "blueprint_soft_skill")) {
      moved +=
          em.createNativeQuery("UPDATE " + table + " SET competency_id = ? WHERE competency_id = ?")
              .setParameter(1, toCompetencyId)
              .setParameter(2, fromCompetencyId)
              .executeUpdate();
    }
    // An employee assessed in both on the same day keeps the target's assessment.
    em.createNativeQuery(
            "DELETE FROM assessment a WHERE a.competency_id = ? AND EXISTS (SELECT 1 FROM"
                + " assessment b WHERE b.competency_id = ? AND b.employee_id = a.employee_id"
                + " AND b.assessed_on = a.assessed_on)")
        .setParameter(1, fromCompetencyId)
        .setParameter(2, toCompetencyId)
        .executeUpdate();
    moved +=
        em.createNativeQuery("UPDATE assessment SET competency_id = ? WHERE competency_id = ?")
            .setParameter(1, toCompetencyId)
            .setParameter(2, fromCompetencyId)
            .executeUpdate();
    return moved;
  }

  @Override
  public void store(Competency competency) {
    if (competency.id() == null) {
      em.persist(competency);
    }
  }

  @Override
  public void storeNew(Collection<Competency> competencies) {
    if (!competencies.isEmpty()) {
      competencies.forEach(em::persist);
      em.flush();
    }
  }

  @Override
  public void remove(Competency competency) {
    em.remove(competency);
  }
}
