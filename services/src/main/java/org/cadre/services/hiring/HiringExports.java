package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.hiring.RequisitionSearch;
import org.cadre.domain.hiring.StageMove;
import org.cadre.reports.hiring.HiringWorkbook;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;

/**
 * The hiring workbook of what the caller sees: the requisitions (of a unit and those below it, or
 * all), their applications with every move, and the funnel of the period.
 */
@ApplicationScoped
@UseCase
public class HiringExports {

  private RequisitionRepository requisitions;
  private ApplicationRepository applications;
  private CandidateRepository candidates;
  private HiringMetricsService metrics;
  private HiringAccess access;
  private RequisitionViews views;

  protected HiringExports() {
    // for CDI
  }

  @Inject
  public HiringExports(
      RequisitionRepository requisitions,
      ApplicationRepository applications,
      CandidateRepository candidates,
      HiringMetricsService metrics,
      HiringAccess access,
      RequisitionViews views) {
    this.requisitions = requisitions;
    this.applications = applications;
    this.candidates = candidates;
    this.metrics = metrics;
    this.access = access;
    this.views = views;
  }

  /**
   * The workbook as bytes.
   *
   * @param from the funnel's first day, null for a year before {@code to}
   * @param to the funnel's last day, null for today
   */
  public byte[] workbook(Caller caller, String orgUnit, String from, String to) {
    HiringAccess.Rights rights = access.of(caller);
    FunnelView funnel = metrics.funnel(caller, orgUnit, null, null, from, to);
    OrgScope scope = rights.scope();
    Collection<String> units;
    if (orgUnit != null && !orgUnit.isBlank()) {
      units = scope.tree().subtree(orgUnit.strip());
    } else {
      units = caller.hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN) ? null : scope.visible();
    }
    Map<Long, BlueprintName> names = views.names();
    List<HiringWorkbook.RequisitionRow> requisitionRows = new ArrayList<>();
    List<HiringWorkbook.ApplicationRow> applicationRows = new ArrayList<>();
    List<HiringWorkbook.MoveRow> moves = new ArrayList<>();
    Instant now = Instant.now();
    Page<Requisition> page;
    int number = 0;
    do {
      page =
          requisitions.search(
              new RequisitionSearch(units, null), new PageRequest(number++, PageRequest.MAX_SIZE));
      for (Requisition r : page.items()) {
        requisitionRows.add(row(rights, r, names, now));
        for (Application a : applications.ofRequisition(r.id())) {
          applicationRows.add(row(a));
          for (StageMove m : a.moves()) {
            moves.add(
                new HiringWorkbook.MoveRow(
                    a.id(),
                    m.fromStage().orElse(null),
                    m.toStage().orElse(null),
                    m.outcome().map(Enum::name).orElse(null),
                    m.movedBy(),
                    m.movedAt().toString()));
          }
        }
      }
    } while (number < page.totalPages());
    return HiringWorkbook.render(
        new HiringWorkbook.Content(
            (funnel.orgUnit() == null ? "Everything you see" : funnel.orgUnit() + " and below")
                + ", applications from "
                + funnel.from()
                + " to "
                + funnel.to(),
            requisitionRows,
            applicationRows,
            moves,
            funnel.stages().stream()
                .map(
                    s ->
                        new HiringWorkbook.StageRow(
                            s.label(),
                            s.entered(),
                            s.passed(),
                            s.passRate(),
                            s.medianDays(),
                            s.p90Days()))
                .toList(),
            List.of(
                new HiringWorkbook.FigureRow(
                    "Time to fill, median days", funnel.timeToFill().median()),
                new HiringWorkbook.FigureRow(
                    "Time to fill, 90th percentile days", funnel.timeToFill().p90()),
                new HiringWorkbook.FigureRow(
                    "Time to fill net of hold, median days", funnel.timeToFill().medianNet()),
                new HiringWorkbook.FigureRow(
                    "Time to hire, median days", funnel.timeToHire().median()),
                new HiringWorkbook.FigureRow(
                    "Time to hire, 90th percentile days", funnel.timeToHire().p90()),
                new HiringWorkbook.FigureRow("Offer acceptance", funnel.offerAcceptance()))));
  }

  private HiringWorkbook.RequisitionRow row(
      HiringAccess.Rights rights, Requisition r, Map<Long, BlueprintName> names, Instant now) {
    return new HiringWorkbook.RequisitionRow(
        r.id(),
        r.unitCode(),
        rights.scope().unit(r.unitCode()) == null ? null : rights.scope().unit(r.unitCode()).name(),
        RequisitionViews.title(names, r.blueprintId()),
        r.level().map(Level::label).orElse(null),
        r.fte(),
        r.status().label(),
        r.withinPlan(),
        r.hiringManager(),
        r.targetStart(),
        r.approvedAt().map(HiringExports::day).orElse(null),
        RequisitionViews.days(r.timeOnHold(now)),
        r.acceptedAt().map(HiringExports::day).orElse(null),
        r.closedAt().map(HiringExports::day).orElse(null),
        r.cancelReason().orElse(null),
        r.hiredEmployee().orElse(null));
  }

  private HiringWorkbook.ApplicationRow row(Application a) {
    var candidate = candidates.find(a.candidateId()).orElseThrow();
    return new HiringWorkbook.ApplicationRow(
        a.id(),
        a.requisitionId(),
        candidate.name(),
        candidate.source().label(),
        a.stageName(),
        a.status().label(),
        a.outcomeReason().orElse(null),
        day(a.appliedAt()),
        a.closedAt().map(HiringExports::day).orElse(null));
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
