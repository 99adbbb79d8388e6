package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.people.WorkforceHistory;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.domain.planning.HeadcountBridge;
import org.cadre.domain.planning.PlanState;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.reports.workforce.BridgeRow;
import org.cadre.reports.workforce.GapRow;
import org.cadre.reports.workforce.PackCover;
import org.cadre.reports.workforce.PackFigures;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.PackSummary;
import org.cadre.reports.workforce.QuarterTotals;
import org.cadre.reports.workforce.SkillsSection;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.PlanningData;
import org.cadre.services.planning.PlanningTerms;
import org.cadre.services.planning.SubtreeFigures;

/**
 * Assembles the workforce pack of a request from the same planning code the API answers with (the
 * roll-ups of {@link HeadcountService}, the comparison of the scenario service) and the workforce
 * history: one read of the subtree whatever its size, then the sections in memory. A manager's pack
 * covers their own subtree only.
 */
@ApplicationScoped
@UseCase
public class WorkforcePackAssembler {

  /** How many of the critical skills at risk the summary names. */
  private static final int SUMMARY_RISKS = 5;

  /** How many of the largest gaps the summary names. */
  static final int SUMMARY_GAPS = 5;

  private OrgScopes scopes;
  private HeadcountService headcount;
  private PlanningTerms terms;
  private PlanningData data;
  private WorkforceHistory history;
  private PackSections sections;
  private PackSkills skills;
  private PackHiring hiring;

  protected WorkforcePackAssembler() {
    // for CDI
  }

  @Inject
  public WorkforcePackAssembler(
      OrgScopes scopes,
      HeadcountService headcount,
      PlanningTerms terms,
      PlanningData data,
      WorkforceHistory history,
      PackSections sections,
      PackSkills skills,
      PackHiring hiring) {
    this.scopes = scopes;
    this.headcount = headcount;
    this.terms = terms;
    this.data = data;
    this.history = history;
    this.sections = sections;
    this.skills = skills;
    this.hiring = hiring;
  }

  /**
   * Checks that the caller may see the pack's units, without reading its figures. A pack of no unit
   * is of the whole organisation for those who see it all; for a manager it is of the one unit they
   * manage, or of all their units under one name.
   */
  public PackSubject subject(Caller caller, ReportRequest request, PackLabels labels) {
    OrgScope scope = scopes.of(caller);
    if (request.unitCode() != null) {
      return PackSubject.unit(scope, scope.requireParameter("orgUnit", request.unitCode()));
    }
    if (scope.seesEverything()) {
      return PackSubject.organisation(scope, labels.text("pack.organisation"));
    }
    List<String> roots = scope.visibleRoots();
    return roots.size() == 1
        ? PackSubject.unit(scope, scope.unit(roots.get(0)))
        : PackSubject.organisation(scope, labels.text("pack.yourUnits"));
  }

  public WorkforcePack assemble(Caller caller, ReportRequest request, PackLabels labels) {
    PackSubject subject = subject(caller, request, labels);
    List<Quarter> quarters = Quarter.range(request.first(), request.last());
    Quarter last = request.last();
    String scenario = terms.scenario(request.scenario());
    Set<String> units = subject.units();
    Set<String> filter = units.size() == subject.scope().units().size() ? null : units;
    SubtreeFigures figures = headcount.subtree(subject.scope(), units, quarters, scenario, filter);
    PackFigureMaker maker = new PackFigureMaker(figures, data.costs());
    LocalDate today = data.today();
    Map<Quarter, Map<String, BridgeFigures>> bridges = new LinkedHashMap<>();
    HeadcountBridge bridge =
        new HeadcountBridge(subject.scope().tree(), history.tenures(filter), history.moves(filter));
    for (Quarter quarter : quarters) {
      bridges.put(quarter, bridge.quarter(quarter));
    }
    PackParts parts = new PackParts(subject, figures, maker, bridges, today);
    List<BridgeRow> subjectBridge = parts.bridge(subject.roots());
    List<Gap> gaps = gaps(subject, figures, maker, last);
    SkillsSection skillsSection =
        skills.section(
            caller,
            subject,
            request.detail(),
            gaps.stream()
                .map(g -> new PackSkills.GapSeat(g.row().unitName(), g.seat(), g.row().blueprint()))
                .toList());
    PackSummary summary =
        new PackSummary(
            last.toString(),
            parts.figures(subject.roots(), last),
            subjectBridge.stream().mapToInt(row -> row.figures().hires()).sum(),
            subjectBridge.stream().mapToInt(row -> row.figures().leavers()).sum(),
            gaps.stream().limit(SUMMARY_GAPS).map(Gap::row).toList(),
            skillsSection.atRisk().stream().limit(SUMMARY_RISKS).toList());
    PackSections.Lineage lineage = sections.lineage(subject, figures, filter);
    PackCover cover =
        new PackCover(
            subject.code(),
            subject.name(),
            request.first().toString(),
            request.last().toString(),
            scenario,
            request.detail(),
            Instant.now().atZone(ZoneOffset.UTC),
            caller.username(),
            lineage.approved(),
            lineage.other(),
            lineage.pack().blueprints().size());
    return new WorkforcePack(
        cover,
        summary,
        subjectBridge,
        sections.unitRows(parts, request.detail(), last),
        sections.chartUnits(parts, last),
        parts.trend(subject.roots()),
        sections.mix(parts, last),
        sections.scenario(caller, subject, request, scenario),
        hiring.section(caller, subject, request.first(), last, today),
        skillsSection,
        sections.unitPages(parts, request.detail(), last),
        lineage.pack());
  }

  /** A seat of a single unit with FTE still to find, as the summary prints it. */
  private record Gap(SeatKey seat, GapRow row) {}

  /** The seats of single units with FTE still to find at the quarter, the most first. */
  private static List<Gap> gaps(
      PackSubject subject, SubtreeFigures figures, PackFigureMaker maker, Quarter quarter) {
    List<Gap> gaps = new ArrayList<>();
    for (String code : subject.units()) {
      for (Map.Entry<SeatKey, SeatFigures> seat : figures.ownSeats(code, quarter).entrySet()) {
        SeatFigures f = seat.getValue();
        BigDecimal gap = f.gap();
        if (gap.signum() > 0) {
          Level level = seat.getKey().level();
          gaps.add(
              new Gap(
                  seat.getKey(),
                  new GapRow(
                      subject.scope().unit(code).name(),
                      figures.blueprintTitle(seat.getKey().blueprintId()),
                      level,
                      gap,
                      org.cadre.domain.planning.Figures.cost(gap, maker.rate(seat.getKey(), f)))));
        }
      }
    }
    return gaps.stream()
        .sorted(
            Comparator.comparing((Gap g) -> g.row().gapFte())
                .thenComparing(g -> g.row().gapCost())
                .reversed()
                .thenComparing(g -> g.row().unitName()))
        .toList();
  }

  /**
   * The figures of the pack's units, as its sections take them: one unit's or several units'
   * summed, for each quarter.
   */
  static final class PackParts {

    private final PackSubject subject;
    private final SubtreeFigures figures;
    private final PackFigureMaker maker;
    private final Map<Quarter, Map<String, BridgeFigures>> bridges;
    private final LocalDate today;

    PackParts(
        PackSubject subject,
        SubtreeFigures figures,
        PackFigureMaker maker,
        Map<Quarter, Map<String, BridgeFigures>> bridges,
        LocalDate today) {
      this.subject = subject;
      this.figures = figures;
      this.maker = maker;
      this.bridges = bridges;
      this.today = today;
    }

    PackSubject subject() {
      return subject;
    }

    SubtreeFigures figures() {
      return figures;
    }

    PackFigures figures(List<String> units, Quarter quarter) {
      if (units.size() == 1) {
        return maker.of(units.get(0), quarter);
      }
      return PackFigureMaker.sum(units.stream().map(u -> maker.of(u, quarter)).toList());
    }

    /** The units' totals for each quarter; a single unit's with its own plan's status. */
    List<QuarterTotals> trend(List<String> units) {
      List<QuarterTotals> trend = new ArrayList<>();
      for (Quarter quarter : figures.quarters()) {
        PlanState plan = units.size() == 1 ? figures.plan(units.get(0), quarter) : null;
        trend.add(
            new QuarterTotals(
                quarter.toString(), figures(units, quarter), plan == null ? null : plan.status()));
      }
      return trend;
    }

    /** The units' headcount bridge for each quarter, against their planned FTE. */
    List<BridgeRow> bridge(List<String> units) {
      List<BridgeRow> rows = new ArrayList<>();
      for (Quarter quarter : figures.quarters()) {
        BridgeFigures sum = BridgeFigures.NONE;
        for (String unit : units) {
          sum = sum.plus(bridges.get(quarter).getOrDefault(unit, BridgeFigures.NONE));
        }
        rows.add(
            new BridgeRow(
                quarter.toString(),
                quarter.end().isAfter(today),
                sum,
                figures(units, quarter).plannedFte()));
      }
      return rows;
    }
  }

  /** The baseline's name, for callers that compare with it. */
  static boolean isBaseline(String scenario) {
    return Scenarios.BASELINE.equals(scenario);
  }
}
