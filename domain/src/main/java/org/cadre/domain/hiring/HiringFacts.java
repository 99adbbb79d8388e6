package org.cadre.domain.hiring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cadre.domain.planning.Quarter;

/** What hiring metrics are computed from, counted by the database. */
public interface HiringFacts {

  /** The funnel facts of the applications made in the scope's period. */
  FunnelFacts funnel(HiringScope scope);

  /** Requisitions whose offer was accepted in the period. */
  List<FillFact> fills(HiringScope scope);

  /** Offers accepted in the period, with their applications' dates and candidates' sources. */
  List<HireFact> hires(HiringScope scope);

  /** Offers answered in the period: [accepted, declined]. */
  long[] offerAnswers(HiringScope scope);

  /**
   * Requisitions counting as open in the quarter, per unit (see {@code Requisition.countsIn}).
   *
   * @param unitCodes null for every unit
   */
  Map<String, Long> openRequisitions(
      Collection<String> unitCodes, Quarter quarter, LocalDate today);

  /**
   * Requisitions open on the day (see {@code Requisition.openOn}): approved by then, neither
   * cancelled nor started.
   *
   * @param unitCodes null for every unit
   */
  List<OpenFact> openOn(Collection<String> unitCodes, LocalDate day);

  /**
   * Hires starting from the first to the last day, both included, per unit.
   *
   * @param unitCodes null for every unit
   */
  Map<String, Long> hiresStarted(Collection<String> unitCodes, LocalDate first, LocalDate last);
}
