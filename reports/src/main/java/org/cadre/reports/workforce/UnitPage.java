package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgUnitKind;

/**
 * The page of one unit: its figures by quarter, its headcount bridge and its seats at the last
 * quarter, all of its subtree.
 *
 * @param depth how far below the pack's unit it is: 0 for the pack's unit
 * @param parentName null for the pack's unit
 */
public record UnitPage(
    String code,
    String name,
    OrgUnitKind kind,
    int depth,
    String parentName,
    List<QuarterTotals> quarters,
    List<BridgeRow> bridge,
    List<SeatRow> seats) {

  public UnitPage {
    quarters = List.copyOf(quarters);
    bridge = List.copyOf(bridge);
    seats = List.copyOf(seats);
  }

  /**
   * A blueprint and level at the last quarter.
   *
   * @param level null when the seat has none
   */
  public record SeatRow(
      String blueprint,
      Level level,
      BigDecimal plannedFte,
      BigDecimal actualFte,
      BigDecimal openFte,
      BigDecimal gapFte,
      BigDecimal plannedCost) {}
}
