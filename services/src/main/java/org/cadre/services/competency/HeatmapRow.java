package org.cadre.services.competency;

import java.util.List;

/**
 * A person of a unit against their blueprint, one cell per competency of the unit that their
 * blueprint requires or they were assessed in.
 *
 * @param level the level they hold their blueprint at (e.g. {@code SENIOR}), or null
 * @param readiness proportional readiness for their own blueprint; null when it has no published
 *     revision (or they hold none)
 * @param weightedGap null as readiness is
 */
public record HeatmapRow(
    String number,
    String name,
    Long blueprintId,
    String level,
    Double readiness,
    Integer weightedGap,
    List<HeatmapCell> cells) {

  public HeatmapRow {
    cells = List.copyOf(cells);
  }
}
