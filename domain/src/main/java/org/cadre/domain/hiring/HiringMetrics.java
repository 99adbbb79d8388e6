package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Time to fill, time to hire, offer acceptance and source of hire, from the facts of a period.
 * Medians and percentiles as {@link Distribution} computes them.
 */
public final class HiringMetrics {

  private HiringMetrics() {}

  public static TimeToFill timeToFill(Collection<FillFact> fills) {
    Distribution gross = new Distribution();
    Distribution net = new Distribution();
    for (FillFact fill : fills) {
      gross.add(fill.grossTenths());
      net.add(fill.netTenths());
    }
    return new TimeToFill(
        gross.median().orElse(null),
        gross.percentile(90).orElse(null),
        net.median().orElse(null),
        gross.count());
  }

  public static TimeToHire timeToHire(Collection<HireFact> hires) {
    Distribution days = new Distribution();
    hires.forEach(hire -> days.add(hire.tenths()));
    return new TimeToHire(
        days.median().orElse(null), days.percentile(90).orElse(null), days.count());
  }

  /** Accepted offers among those answered (accepted or declined), to 3 decimals; null for none. */
  public static BigDecimal offerAcceptance(long accepted, long declined) {
    return FunnelFacts.rate(accepted, accepted + declined);
  }

  /** Accepted offers by the candidates' source, every source listed. */
  public static Map<CandidateSource, Long> sourceOfHire(Collection<HireFact> hires) {
    Map<CandidateSource, Long> bySource = new EnumMap<>(CandidateSource.class);
    for (CandidateSource source : CandidateSource.values()) {
      bySource.put(source, 0L);
    }
    hires.forEach(hire -> bySource.merge(hire.source(), 1L, Long::sum));
    return bySource;
  }
}
