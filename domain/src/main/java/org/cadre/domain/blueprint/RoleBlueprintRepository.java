package org.cadre.domain.blueprint;

import java.util.List;
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

  /** Every family in use, sorted. */
  List<String> families();

  void store(RoleBlueprint blueprint);
}
