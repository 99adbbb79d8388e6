package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hiring funnel of a scope and period (docs/hiring.md defines every figure): each reporting
 * stage's entered, passed, pass rate and days in stage; time to fill (approval to accepted offer,
 * gross and net of days on hold) and time to hire (application to accepted offer), in days; offer
 * acceptance; and source of hire.
 *
 * @param orgUnit null for everything the caller sees
 */
public record FunnelView(
    String orgUnit,
    Long blueprintId,
    Long requisitionId,
    LocalDate from,
    LocalDate to,
    List<Stage> stages,
    TimeToFill timeToFill,
    TimeToHire timeToHire,
    BigDecimal offerAcceptance,
    long offersAccepted,
    long offersDeclined,
    List<Source> sourceOfHire) {

  /** One reporting stage; passed and passRate are null for Hired. */
  public record Stage(
      String stage,
      String label,
      long entered,
      Long passed,
      BigDecimal passRate,
      BigDecimal medianDays,
      BigDecimal p90Days) {}

  /** Days from approval to accepted offer over the requisitions filled in the period. */
  public record TimeToFill(
      BigDecimal median, BigDecimal p90, BigDecimal medianNet, long requisitions) {}

  /** Days from application to accepted offer over the offers accepted in the period. */
  public record TimeToHire(BigDecimal median, BigDecimal p90, long hires) {}

  /** Offers accepted in the period by the candidates' source. */
  public record Source(String source, String label, long hires) {}
}
