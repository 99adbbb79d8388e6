package org.cadre.domain.competency;

import java.util.Objects;
import org.cadre.domain.blueprint.Level;

/**
 * A person in post as coverage, readiness and candidates see them: where they work, what they hold
 * and their latest assessments.
 *
 * @param blueprintId null when they hold no blueprint
 * @param level null when not known
 */
public record PersonSkills(
    String number,
    String name,
    String unitCode,
    Long blueprintId,
    Level level,
    AssessedLevels levels) {

  public PersonSkills {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(levels, "levels");
  }

  /** Whether the person holds the blueprint, at the level when one is given. */
  public boolean holds(long blueprintId, Level level) {
    return this.blueprintId != null
        && this.blueprintId == blueprintId
        && (level == null || level == this.level);
  }
}
