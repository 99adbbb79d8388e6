package org.cadre.reports.workforce;

import java.util.List;

/** Texts the PDF and the workbook write alike. */
final class PackText {

  private PackText() {}

  /**
   * Whether the line at the index is a group's subtotal with no line of a unit below the group
   * before it (a department's pack of teams, with team pages left out): it then stands for the
   * group alone and is printed as a plain line under the group's name, not as "Total ...".
   */
  static boolean standsAlone(List<UnitRow> rows, int index) {
    return rows.get(index).line() == UnitRow.Line.SUBTOTAL
        && (index == 0 || rows.get(index - 1).line() != UnitRow.Line.UNIT);
  }

  /**
   * The name of a unit's page as its bookmark and contents line show it: unique, since two units
   * may share a name.
   */
  static String unitAnchor(String name, String code) {
    return name + " (" + code + ")";
  }
}
