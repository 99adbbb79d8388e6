package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a funnel is computed from, counted over a set of applications: how many went furthest to
 * each reporting stage, and the days each spent in each stage it has left. Applications are counted
 * by these rules:
 *
 * <ul>
 *   <li>An application entered every reporting stage up to the furthest it reached, including
 *       stages it skipped: moved from Screen straight to Final interview, it entered and passed
 *       Interview.
 *   <li>It passed a stage when it reached a later one. A move backwards changes nothing of that:
 *       the stages it had reached stay entered and passed, and it is counted once per stage.
 *   <li>Its days in a stage are the time of all its visits to stages reported as that stage,
 *       counted once it has left the stage (moved on or back, hired, rejected or withdrawn); a
 *       stage skipped has no days, and one it is still in is not counted yet.
 * </ul>
 *
 * The database counts the stored columns these rules keep on each application ({@link
 * Application#furthest}, {@link Application#daysIn}); {@link #of} counts applications in memory by
 * the same rules.
 */
public final class FunnelFacts {

  private final Map<ReportingStage, Long> furthest = new EnumMap<>(ReportingStage.class);
  private final Map<ReportingStage, Distribution> days = new EnumMap<>(ReportingStage.class);

  public FunnelFacts() {
    for (ReportingStage stage : ReportingStage.values()) {
      furthest.put(stage, 0L);
      days.put(stage, new Distribution());
    }
  }

  /** The facts of the applications, counted in memory. */
  public static FunnelFacts of(Collection<Application> applications) {
    FunnelFacts facts = new FunnelFacts();
    for (Application application : applications) {
      facts.addFurthest(application.furthest(), 1);
      for (ReportingStage stage : ReportingStage.values()) {
        if (stage.timed()) {
          Long seconds = application.times().seconds(stage);
          application.daysIn(stage).ifPresent(d -> facts.addDays(stage, Days.tenths(seconds), 1));
        }
      }
    }
    return facts;
  }

  /** Counts applications whose furthest reporting stage is the stage. */
  public FunnelFacts addFurthest(ReportingStage stage, long count) {
    furthest.merge(stage, count, Long::sum);
    return this;
  }

  /** Counts applications that spent the tenths of a day in the stage and left it. */
  public FunnelFacts addDays(ReportingStage stage, long tenths, long count) {
    days.get(stage).add(tenths, count);
    return this;
  }

  public long entered(ReportingStage stage) {
    long entered = 0;
    for (ReportingStage s : ReportingStage.values()) {
      if (s.compareTo(stage) >= 0) {
        entered += furthest.get(s);
      }
    }
    return entered;
  }

  public long passed(ReportingStage stage) {
    return entered(stage) - furthest.get(stage);
  }

  /** The funnel: every reporting stage in order. */
  public List<StageFigures> funnel() {
    List<StageFigures> stages = new ArrayList<>();
    for (ReportingStage stage : ReportingStage.values()) {
      long entered = entered(stage);
      if (!stage.timed()) {
        stages.add(new StageFigures(stage, entered, null, null, null, null));
        continue;
      }
      long passed = passed(stage);
      Distribution d = days.get(stage);
      stages.add(
          new StageFigures(
              stage,
              entered,
              passed,
              rate(passed, entered),
              d.median().orElse(null),
              d.percentile(90).orElse(null)));
    }
    return stages;
  }

  /** part / whole to 3 decimals, null for a whole of 0. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
  }
}
