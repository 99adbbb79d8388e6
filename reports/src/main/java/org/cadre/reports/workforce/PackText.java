package org.cadre.reports.workforce;

/** Texts the PDF and the workbook write alike. */
final class PackText {

  private PackText() {}

  /**
   * The name of a unit's page as its bookmark and contents line show it: unique, since two units
   * may share a name.
   */
  static String unitAnchor(String name, String code) {
    return name + " (" + code + ")";
  }
}
