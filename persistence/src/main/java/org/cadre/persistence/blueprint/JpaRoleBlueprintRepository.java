package org.cadre.persistence.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintSearch;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.persistence.Jpql;

/** The blueprint library in the {@code cadre} persistence unit. */
@ApplicationScoped
public class JpaRoleBlueprintRepository implements RoleBlueprintRepository {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaRoleBlueprintRepository() {
    // for CDI
  }

  public JpaRoleBlueprintRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<RoleBlueprint> find(long id) {
    return Optional.ofNullable(em.find(RoleBlueprint.class, id));
  }

  @Override
  public Optional<RoleBlueprint> findByRoleKey(String roleKey) {
    return em.createQuery(
            "SELECT b FROM RoleBlueprint b WHERE b.roleKey = :roleKey", RoleBlueprint.class)
        .setParameter("roleKey", roleKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<BlueprintRevision> search(BlueprintSearch search, PageRequest page) {
    String where = where(search);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM BlueprintRevision r WHERE " + where, Long.class);
    TypedQuery<BlueprintRevision> rows =
        em.createQuery(
            "SELECT r FROM BlueprintRevision r WHERE " + where + " ORDER BY " + orderBy(search),
            BlueprintRevision.class);
    bind(count, search);
    bind(rows, search);
    List<BlueprintRevision> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Map<String, Long> idsByRoleKey(Collection<String> roleKeys, boolean publishedOnly) {
    Map<String, Long> ids = new HashMap<>();
    if (roleKeys.isEmpty()) {
      return ids;
    }
    String published =
        publishedOnly
            ? " AND EXISTS (SELECT r FROM BlueprintRevision r WHERE r.blueprint = b"
                + " AND r.status = :published)"
            : "";
    var query =
        em.createQuery(
            "SELECT b.roleKey, b.id FROM RoleBlueprint b WHERE b.roleKey IN :keys" + published,
            Object[].class);
    query.setParameter("keys", roleKeys);
    if (publishedOnly) {
      query.setParameter("published", BlueprintStatus.PUBLISHED);
    }
    for (Object[] row : query.getResultList()) {
      ids.put((String) row[0], (Long) row[1]);
    }
    return ids;
  }

  @Override
  public List<BlueprintName> names() {
    return em
        .createQuery(
            "SELECT r.blueprint.id, r.title, r.level FROM BlueprintRevision r WHERE r.latest = TRUE"
                + " ORDER BY r.title, r.levelRank",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new BlueprintName((Long) row[0], (String) row[1], (Level) row[2]))
        .toList();
  }

  @Override
  public List<BlueprintName> published() {
    return em
        .createQuery(
            "SELECT r.blueprint.id, r.title, r.level FROM BlueprintRevision r"
                + " WHERE r.status = :published ORDER BY r.title, r.levelRank",
            Object[].class)
        .setParameter("published", BlueprintStatus.PUBLISHED)
        .getResultList()
        .stream()
        .map(row -> new BlueprintName((Long) row[0], (String) row[1], (Level) row[2]))
        .toList();
  }

  @Override
  public List<String> families() {
    return em.createQuery(
            "SELECT DISTINCT r.family FROM BlueprintRevision r"
                + " WHERE r.family IS NOT NULL AND r.latest = :latest ORDER BY r.family",
            String.class)
        .setParameter("latest", true)
        .getResultList();
  }

  /**
   * A new blueprint gets its id from the sequence at once and is written at commit; a changed one
   * is written now, so that its new version goes back to the caller (optimistic locking).
   */
  @Override
  public void store(RoleBlueprint blueprint) {
    if (blueprint.id() == null) {
      em.persist(blueprint);
    } else {
      em.flush();
    }
  }

  private static String where(BlueprintSearch search) {
    StringJoiner where = new StringJoiner(" AND ");
    where.add(search.publishedOnly() ? "r.status = :published" : "r.latest = :latest");
    if (search.text() != null) {
      where.add(
          "(LOWER(r.title) LIKE :text ESCAPE '\\' OR LOWER(r.summary) LIKE :text ESCAPE '\\')");
    }
    if (search.family() != null) {
      where.add("r.family = :family");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, BlueprintSearch search) {
    if (search.publishedOnly()) {
      query.setParameter("published", BlueprintStatus.PUBLISHED);
    } else {
      // a bound parameter, because EclipseLink writes the literal TRUE as 1, which H2 refuses
      query.setParameter("latest", true);
    }
    if (search.text() != null) {
      query.setParameter("text", Jpql.containsPattern(search.text()));
    }
    if (search.family() != null) {
      query.setParameter("family", search.family());
    }
  }

  private static String orderBy(BlueprintSearch search) {
    String direction = search.descending() ? " DESC" : " ASC";
    String first =
        switch (search.sort()) {
          case TITLE -> "r.title";
          case FAMILY -> "r.family";
          case LEVEL -> "r.levelRank";
          case STATUS -> "r.status";
        };
    String tieBreak = search.sort() == BlueprintSearch.Sort.TITLE ? "" : ", r.title ASC";
    return first + direction + tieBreak + ", r.id ASC";
  }
}
