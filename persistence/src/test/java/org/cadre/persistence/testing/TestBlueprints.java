package org.cadre.persistence.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;

/** Blueprints for tests that need roles to plan and people to hold: a title, a level, no skills. */
public final class TestBlueprints {

  private TestBlueprints() {}

  /**
   * Stores an Engineering blueprint, published as revision 1 when asked.
   *
   * @return its id
   */
  public static long store(
      EntityManager em, String title, Level level, boolean publish, Instant now) {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(
            BlueprintContent.of(
                title, "Engineering", level, Track.INDIVIDUAL_CONTRIBUTOR, "s", List.of()),
            now);
    if (publish) {
      blueprint.publish(1, now);
    }
    new JpaRoleBlueprintRepository(em).store(blueprint);
    em.flush();
    return blueprint.id();
  }
}
