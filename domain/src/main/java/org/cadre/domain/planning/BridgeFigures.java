package org.cadre.domain.planning;

import java.math.BigDecimal;

/**
 * How a unit's headcount changed over a quarter, in people: those in post at the start, those who
 * came (hired, or moved in from another unit) and went (left, or moved out), and those in post at
 * the end with their FTE. {@code opening + hires - leavers + movesIn - movesOut = closing}.
 */
public record BridgeFigures(
    int opening,
    int hires,
    int leavers,
    int movesIn,
    int movesOut,
    int closing,
    BigDecimal closingFte) {

  public static final BridgeFigures NONE = new BridgeFigures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

  public BridgeFigures {
    closingFte = Figures.fte(closingFte);
  }

  public BridgeFigures plus(BridgeFigures other) {
    return new BridgeFigures(
        opening + other.opening,
        hires + other.hires,
        leavers + other.leavers,
        movesIn + other.movesIn,
        movesOut + other.movesOut,
        closing + other.closing,
        closingFte.add(other.closingFte));
  }
}
