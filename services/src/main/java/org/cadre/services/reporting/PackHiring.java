package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.cadre.domain.planning.Quarter;
import org.cadre.reports.workforce.HiringSection;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.hiring.FunnelView;
import org.cadre.services.hiring.HiringMetricsService;

/**
 * The hiring section of a pack: the hiring funnel of the pack's units ({@link
 * HiringMetricsService#funnel}, which the funnel API answers with) from the period's first day to
 * its last or to today, whichever is earlier, and the requisitions open on that last day by age
 * ({@link HiringMetricsService#openByAge}), with the same units and rights.
 */
@ApplicationScoped
@UseCase
public class PackHiring {

  private HiringMetricsService metrics;

  protected PackHiring() {
    // for CDI
  }

  @Inject
  public PackHiring(HiringMetricsService metrics) {
    this.metrics = metrics;
  }

  HiringSection section(
      Caller caller, PackSubject subject, Quarter first, Quarter last, LocalDate today) {
    LocalDate to = last.end().isBefore(today) ? last.end() : today;
    LocalDate from = first.start().isAfter(to) ? to : first.start();
    FunnelView funnel =
        metrics.funnel(caller, subject.code(), null, null, from.toString(), to.toString());
    return new HiringSection(
        funnel.from().toString(),
        funnel.to().toString(),
        funnel.stages().stream()
            .map(s -> new HiringSection.FunnelStage(s.label(), Math.toIntExact(s.entered())))
            .toList(),
        Math.toIntExact(funnel.timeToFill().requisitions()),
        funnel.timeToFill().median(),
        Math.toIntExact(funnel.offersAccepted()),
        Math.toIntExact(funnel.offersDeclined()),
        metrics.openByAge(caller, subject.code(), funnel.to()).stream()
            .map(
                a ->
                    new HiringSection.AgeBand(
                        a.fromDays(), a.toDays(), Math.toIntExact(a.requisitions()), a.fte()))
            .toList());
  }
}
