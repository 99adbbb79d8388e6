package org.cadre.domain.planning;

import java.math.BigDecimal;

/**
 * The numbers of a seat, a plan or a subtree: planned FTE, actual FTE in post, FTE on open
 * requisitions, the gap between them and the planned annual cost.
 */
public record SeatFigures(
    BigDecimal plannedFte, BigDecimal actualFte, BigDecimal openFte, BigDecimal annualCost) {

  public static final SeatFigures NONE =
      new SeatFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public SeatFigures {
    plannedFte = Figures.fte(plannedFte);
    actualFte = Figures.fte(actualFte);
    openFte = Figures.fte(openFte);
    annualCost = Figures.money(annualCost);
  }

  /** Planned minus actual minus open: seats still to find (negative when over plan). */
  public BigDecimal gap() {
    return plannedFte.subtract(actualFte).subtract(openFte);
  }

  public SeatFigures plus(SeatFigures other) {
    return new SeatFigures(
        plannedFte.add(other.plannedFte),
        actualFte.add(other.actualFte),
        openFte.add(other.openFte),
        annualCost.add(other.annualCost));
  }
}
