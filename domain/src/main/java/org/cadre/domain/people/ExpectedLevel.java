package org.cadre.domain.people;

import org.cadre.domain.blueprint.Importance;

/**
 * The proficiency (0–5) a blueprint asks of a skill, read from how much the skill matters to the
 * role: critical skills at 4 (advanced), important ones at 3 (proficient), the rest at 2 (working).
 * A skill without an importance counts as important.
 */
public final class ExpectedLevel {

  private ExpectedLevel() {}

  public static int of(Importance importance) {
    if (importance == null) {
      return 3;
    }
    return switch (importance) {
      case CRITICAL -> 4;
      case IMPORTANT -> 3;
      case OPTIONAL, CONTEXT_SPECIFIC -> 2;
    };
  }
}
