package org.cadre.domain.planning;

import java.util.Objects;
import org.cadre.domain.blueprint.Level;

/**
 * What a seat is planned as: a blueprint at a level in an org unit. Plan lines, people in post and
 * positions meet on it.
 *
 * @param level null when neither the line nor the blueprint names one
 */
public record SeatKey(String unitCode, long blueprintId, Level level) {

  public SeatKey {
    Objects.requireNonNull(unitCode, "unitCode");
  }

  /** The key as one text, {@code ENG-PLAT/12/SENIOR}, as positions store it. */
  public String text() {
    return unitCode + "/" + blueprintId + "/" + (level == null ? "-" : level.name());
  }

  /** The same blueprint and level in another unit. */
  public SeatKey in(String otherUnit) {
    return new SeatKey(otherUnit, blueprintId, level);
  }
}
