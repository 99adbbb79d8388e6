package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hiring over the period so far, as the hiring funnel counts it: candidates who reached each stage,
 * requisitions filled and their median time to fill, offers accepted and declined; and the
 * requisitions still open on its last day by how long they have been open.
 *
 * @param from the first day counted: the period's
 * @param to the last day counted: the period's, or the day the pack was made if that is earlier
 * @param medianDaysToFill null when no requisition was filled then
 * @param openByAge the requisitions open on the last day counted, by age, youngest first
 */
public record HiringSection(
    String from,
    String to,
    List<FunnelStage> funnel,
    int filled,
    BigDecimal medianDaysToFill,
    int offersAccepted,
    int offersDeclined,
    List<AgeBand> openByAge) {

  public HiringSection {
    funnel = List.copyOf(funnel);
    openByAge = List.copyOf(openByAge);
  }

  /**
   * A stage of the hiring funnel and the candidates who reached it then.
   *
   * @param stage the stage's name as hiring shows it
   */
  public record FunnelStage(String stage, int candidates) {}

  /**
   * The requisitions open on the last day counted whose age (whole days since their approval) is in
   * the band, and their FTE.
   *
   * @param toDays null for the last band, which has no end
   */
  public record AgeBand(int fromDays, Integer toDays, int requisitions, BigDecimal fte) {

    /** "Under 30 days", "30–59 days", "90 days and over", in the pack's language. */
    public String label(PackLabels labels) {
      if (toDays == null) {
        return labels.text("hiring.age.over", fromDays);
      }
      if (fromDays == 0) {
        return labels.text("hiring.age.under", toDays + 1);
      }
      return labels.text("hiring.age.between", fromDays, toDays);
    }
  }
}
