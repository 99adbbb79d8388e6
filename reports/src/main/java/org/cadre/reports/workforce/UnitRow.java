package org.cadre.reports.workforce;

import org.cadre.domain.org.OrgUnitKind;

/**
 * A line of the headcount and cost table.
 *
 * @param indent how far the unit's name is indented below its group
 * @param group the name of the group (a division) the line belongs to
 */
public record UnitRow(
    String code,
    String name,
    OrgUnitKind kind,
    int indent,
    String group,
    Line line,
    PackFigures figures) {

  /** What a line of the table is. */
  public enum Line {
    UNIT,
    SUBTOTAL,
    TOTAL
  }
}
