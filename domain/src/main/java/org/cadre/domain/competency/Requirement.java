package org.cadre.domain.competency;

import java.util.Objects;
import org.cadre.domain.blueprint.Importance;

/**
 * What a blueprint requires in one competency: the level (0-5) and how much the skill matters.
 *
 * @param importance null when the blueprint does not say: counted as important
 */
public record Requirement(long competencyId, String name, Importance importance, int level) {

  public Requirement {
    Objects.requireNonNull(name, "name");
  }

  /** What a missing level weighs: critical 3, important 2, optional and context-specific 1. */
  public int weight() {
    return Importance.weight(importance);
  }

  public boolean critical() {
    return importance == Importance.CRITICAL;
  }

  /** One requirement of two on the same competency: the higher level and the greater importance. */
  Requirement and(Requirement other) {
    return new Requirement(
        competencyId,
        name,
        weight() >= other.weight() ? importance : other.importance,
        Math.max(level, other.level));
  }
}
