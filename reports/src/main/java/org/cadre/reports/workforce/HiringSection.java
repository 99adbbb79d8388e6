package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hiring over the period so far, as the hiring funnel counts it: candidates who reached each stage,
 * requisitions filled and their median time to fill, offers accepted and declined.
 *
 * @param from the first day counted: the period's
 * @param to the last day counted: the period's, or the day the pack was made if that is earlier
 * @param medianDaysToFill null when no requisition was filled then
 */
public record HiringSection(
    String from,
    String to,
    List<FunnelStage> funnel,
    int filled,
    BigDecimal medianDaysToFill,
    int offersAccepted,
    int offersDeclined) {

  public HiringSection {
    funnel = List.copyOf(funnel);
  }

  /**
   * A stage of the hiring funnel and the candidates who reached it then.
   *
   * @param stage the stage's name as hiring shows it
   */
  public record FunnelStage(String stage, int candidates) {}
}
