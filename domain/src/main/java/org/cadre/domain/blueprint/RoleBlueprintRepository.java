package org.cadre.domain.blueprint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** The blueprint library as stored. */
public interface RoleBlueprintRepository {

  Optional<RoleBlueprint> find(long id);

  Optional<RoleBlueprint> findByRoleKey(String roleKey);

  /**
   * One revision per matching blueprint: the published one when {@code publishedOnly}, else the
   * latest.
   */
  Page<BlueprintRevision> search(BlueprintSearch search, PageRequest page);

  /**
   * The ids of the blueprints with these role keys; with {@code publishedOnly}, of those with a
   * published revision only.
   */
  Map<String, Long> idsByRoleKey(Collection<String> roleKeys, boolean publishedOnly);

  /** Every blueprint by the title and level of its latest revision, by title. */
  List<BlueprintName> names();

  /** The blueprints with a published revision, by its title and level: what plans may name. */
  List<BlueprintName> published();

  /** Every family in use, sorted. */
  List<String> families();

  void store(RoleBlueprint blueprint);
}
