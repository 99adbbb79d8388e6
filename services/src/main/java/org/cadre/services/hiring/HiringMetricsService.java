package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.hiring.AgeBand;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.FunnelFacts;
import org.cadre.domain.hiring.HireFact;
import org.cadre.domain.hiring.HiringFacts;
import org.cadre.domain.hiring.HiringMetrics;
import org.cadre.domain.hiring.HiringScope;
import org.cadre.domain.hiring.StageFigures;
import org.cadre.domain.hiring.TimeToFill;
import org.cadre.domain.hiring.TimeToHire;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.RollUp;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.services.access.Caller;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.planning.PlanningData;
import org.cadre.services.planning.PlanningTerms;

/**
 * Hiring metrics for people and for reports: the funnel of a scope and period, and the hiring plan
 * against actual per unit and quarter. HR, leadership and administrators see the whole
 * organisation; a manager their subtree. Periods are whole days, UTC.
 */
@ApplicationScoped
@UseCase
public class HiringMetricsService {

  /** The longest period a funnel covers: ten years. */
  static final int MAX_DAYS = 3660;

  private HiringFacts facts;
  private HiringAccess access;
  private PlanningData data;
  private PlanningTerms terms;

  protected HiringMetricsService() {
    // for CDI
  }

  @Inject
  public HiringMetricsService(
      HiringFacts facts, HiringAccess access, PlanningData data, PlanningTerms terms) {
    this.facts = facts;
    this.access = access;
    this.data = data;
    this.terms = terms;
  }

  /**
   * The funnel of the applications made from the first to the last day (both included), and the
   * offers and fills of those days.
   *
   * @param orgUnit the unit with those below it; null for every unit the caller sees
   * @param blueprintId null for every blueprint
   * @param requisitionId null for every requisition
   * @param from null for a year before {@code to}
   * @param to null for today
   */
  public FunnelView funnel(
      Caller caller, String orgUnit, Long blueprintId, Long requisitionId, String from, String to) {
    HiringAccess.Rights rights = access.of(caller);
    HiringTerms read = new HiringTerms();
    LocalDate last = to == null || to.isBlank() ? LocalDate.now() : read.date("to", to, true);
    LocalDate first = read.date("from", from, false);
    read.check();
    if (first == null) {
      first = last.minusYears(1).plusDays(1);
    }
    if (last.isBefore(first)) {
      throw InvalidInputException.of("to", to, "the last day comes before the first");
    }
    if (first.plusDays(MAX_DAYS).isBefore(last)) {
      throw InvalidInputException.of("from", from, "ask for at most ten years at once");
    }
    HiringScope scope =
        new HiringScope(
            units(rights, orgUnit),
            blueprintId,
            requisitionId,
            first.atStartOfDay(ZoneOffset.UTC).toInstant(),
            last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    FunnelFacts funnel = facts.funnel(scope);
    TimeToFill fill = HiringMetrics.timeToFill(facts.fills(scope));
    List<HireFact> hires = facts.hires(scope);
    TimeToHire hire = HiringMetrics.timeToHire(hires);
    long[] answers = facts.offerAnswers(scope);
    List<FunnelView.Source> sources = new ArrayList<>();
    HiringMetrics.sourceOfHire(hires)
        .forEach(
            (CandidateSource source, Long count) ->
                sources.add(new FunnelView.Source(source.name(), source.label(), count)));
    return new FunnelView(
        orgUnit == null || orgUnit.isBlank() ? null : orgUnit.strip(),
        blueprintId,
        requisitionId,
        first,
        last,
        funnel.funnel().stream().map(HiringMetricsService::stage).toList(),
        new FunnelView.TimeToFill(fill.median(), fill.p90(), fill.medianNet(), fill.count()),
        new FunnelView.TimeToHire(hire.median(), hire.p90(), hire.count()),
        HiringMetrics.offerAcceptance(answers[0], answers[1]),
        answers[0],
        answers[1],
        sources);
  }

  /**
   * The requisitions open on the day, counted by how long they have been open (see {@link
   * AgeBand}), every band included.
   *
   * @param orgUnit the unit with those below it; null for every unit the caller sees
   */
  public List<AgeBand> openByAge(Caller caller, String orgUnit, LocalDate day) {
    return AgeBand.of(facts.openOn(units(access.of(caller), orgUnit), day), day);
  }

  /**
   * Hiring plan against actual for the unit and each unit below it (or every unit the caller sees),
   * each with its subtree, per quarter of the baseline plan.
   */
  public List<HiringPlanRow> planAgainstActual(
      Caller caller, String orgUnit, String fromQuarter, String toQuarter) {
    HiringAccess.Rights rights = access.of(caller);
    OrgScope scope = rights.scope();
    List<Quarter> quarters = terms.range(fromQuarter, toQuarter);
    Collection<String> units;
    if (orgUnit == null || orgUnit.isBlank()) {
      units = scope.visible();
    } else {
      scope.requireParameter("orgUnit", orgUnit);
      units = scope.tree().subtree(orgUnit.strip());
    }
    Set<String> filter = orgUnit == null || orgUnit.isBlank() ? scope.filter() : Set.copyOf(units);
    Map<Quarter, QuarterFigures> figures = data.figures(Scenarios.BASELINE, filter, quarters);
    LocalDate today = LocalDate.now();
    List<HiringPlanRow> rows = new ArrayList<>();
    for (Quarter quarter : quarters) {
      RollUp rollUp = new RollUp(scope.tree(), figures.get(quarter), Map.of());
      Map<String, Long> open = facts.openRequisitions(filter, quarter, today);
      Map<String, Long> started = facts.hiresStarted(filter, quarter.start(), quarter.end());
      for (String unit : units) {
        BigDecimal toHire = BigDecimal.ZERO;
        for (SeatFigures seat : rollUp.seats(unit).values()) {
          BigDecimal missing = seat.plannedFte().subtract(seat.actualFte());
          if (missing.signum() > 0) {
            toHire = toHire.add(missing);
          }
        }
        SeatFigures total = rollUp.total(unit);
        Set<String> subtree = scope.tree().subtree(unit);
        rows.add(
            new HiringPlanRow(
                unit,
                scope.unit(unit).name(),
                quarter.toString(),
                total.plannedFte(),
                total.actualFte(),
                toHire,
                sum(open, subtree),
                total.openFte(),
                sum(started, subtree)));
      }
    }
    return rows;
  }

  /** The units a funnel counts: the subtree asked for, else what the caller sees (null: all). */
  private static Collection<String> units(HiringAccess.Rights rights, String orgUnit) {
    OrgScope scope = rights.scope();
    if (orgUnit != null && !orgUnit.isBlank()) {
      scope.requireParameter("orgUnit", orgUnit.strip());
      return scope.tree().subtree(orgUnit.strip());
    }
    boolean everything = rights.caller().hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN);
    return everything ? null : scope.visible();
  }

  private static long sum(Map<String, Long> counts, Set<String> units) {
    return units.stream().mapToLong(u -> counts.getOrDefault(u, 0L)).sum();
  }

  private static FunnelView.Stage stage(StageFigures f) {
    return new FunnelView.Stage(
        f.stage().name(),
        f.stage().label(),
        f.entered(),
        f.passed(),
        f.passRate(),
        f.medianDays(),
        f.p90Days());
  }
}
