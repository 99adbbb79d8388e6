package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hiring over the period: open requisitions by age, the funnel, time to fill and offers.
 *
 * @param medianDaysToFill null when no requisition was filled in the period
 */
public record HiringSection(
    List<AgeBand> openByAge,
    List<FunnelStage> funnel,
    int filled,
    BigDecimal medianDaysToFill,
    int offersAccepted,
    int offersDeclined) {

  public HiringSection {
    openByAge = List.copyOf(openByAge);
    funnel = List.copyOf(funnel);
  }

  /** Open requisitions by how long they have been open. */
  public record AgeBand(Age age, int requisitions, BigDecimal fte) {}

  /** How long a requisition has been open. */
  public enum Age {
    UP_TO_30_DAYS,
    UP_TO_60_DAYS,
    UP_TO_90_DAYS,
    OVER_90_DAYS
  }

  /**
   * A stage of the hiring funnel and the candidates who reached it in the period.
   *
   * @param stage the stage's name as hiring calls it
   */
  public record FunnelStage(String stage, int candidates) {}
}
