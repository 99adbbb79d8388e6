package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.planning.SeatKey;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.reports.workforce.SkillsSection;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.competency.BlueprintLevel;
import org.cadre.services.competency.CandidatesView;
import org.cadre.services.competency.CompetencyCoverageView;
import org.cadre.services.competency.CoverageService;
import org.cadre.services.competency.CoverageView;
import org.cadre.services.competency.HeatmapCell;
import org.cadre.services.competency.HeatmapRow;
import org.cadre.services.competency.ReadinessService;

/**
 * The skills section of a pack, from the competency services the team competencies page and the API
 * answer with, as of today: coverage of the critical competencies over the pack's units ({@link
 * CoverageService} of each of its tops), the critical competencies at risk in each unit of the
 * pack's finest detail and the units of that detail with the largest weighted gaps ({@link
 * CoverageService} of each), and the internal candidates ({@link ReadinessService}) for the seats
 * with the largest gaps that have any: the largest gaps alone named nobody in the demo, where the
 * readiest people sit a few gaps further down.
 */
@ApplicationScoped
@UseCase
public class PackSkills {

  /** How many units the largest weighted gaps list. */
  static final int LARGEST_GAPS = 10;

  /** How many internal candidates are named for each seat. */
  static final int CANDIDATES_PER_SEAT = 3;

  /** For how many seats, at the most, internal candidates are named. */
  static final int SEATS_WITH_CANDIDATES = 5;

  private CoverageService coverage;
  private ReadinessService readiness;
  private RoleBlueprintRepository blueprints;

  protected PackSkills() {
    // for CDI
  }

  @Inject
  public PackSkills(
      CoverageService coverage, ReadinessService readiness, RoleBlueprintRepository blueprints) {
    this.coverage = coverage;
    this.readiness = readiness;
    this.blueprints = blueprints;
  }

  /** A seat with a gap, for which internal candidates are looked for. */
  record GapSeat(String unitName, SeatKey seat, String title) {}

  /**
   * @param seatsWithGaps the seats with a gap, the largest first
   */
  SkillsSection section(
      Caller caller, PackSubject subject, UnitDetail detail, List<GapSeat> seatsWithGaps) {
    List<SkillsSection.RiskRow> risks = new ArrayList<>();
    List<SkillsSection.UnitGapRow> gaps = new ArrayList<>();
    for (OrgUnit unit : finest(subject, detail)) {
      CoverageView view = coverage.unit(caller, unit.code(), List.of());
      for (CompetencyCoverageView c : view.competencies()) {
        if (c.atRisk()) {
          risks.add(
              new SkillsSection.RiskRow(
                  unit.name(),
                  c.name(),
                  c.holders(),
                  c.holders() == 0
                      ? SkillsSection.Risk.NO_HOLDER
                      : SkillsSection.Risk.SINGLE_HOLDER));
        }
      }
      SkillsSection.UnitGapRow gap = weightedGap(unit, view);
      if (gap != null) {
        gaps.add(gap);
      }
    }
    risks.sort(
        Comparator.comparing(SkillsSection.RiskRow::holders)
            .thenComparing(SkillsSection.RiskRow::unitName)
            .thenComparing(SkillsSection.RiskRow::competency));
    return new SkillsSection(
        criticalCoverage(caller, subject),
        risks,
        gaps.stream()
            .sorted(
                Comparator.comparing(SkillsSection.UnitGapRow::weightedGap)
                    .reversed()
                    .thenComparing(SkillsSection.UnitGapRow::unitName))
            .limit(LARGEST_GAPS)
            .toList(),
        candidates(caller, seatsWithGaps));
  }

  /** The critical competencies over the pack's tops, the least covered first. */
  private List<SkillsSection.CoverageRow> criticalCoverage(Caller caller, PackSubject subject) {
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, int[]> counts = new HashMap<>();
    for (String root : subject.roots()) {
      for (CompetencyCoverageView c : coverage.unit(caller, root, List.of()).competencies()) {
        if (c.critical()) {
          names.putIfAbsent(c.competencyId(), c.name());
          int[] count = counts.computeIfAbsent(c.competencyId(), id -> new int[2]);
          count[0] += c.needed();
          count[1] += c.qualified();
        }
      }
    }
    List<SkillsSection.CoverageRow> rows = new ArrayList<>();
    names.forEach(
        (id, name) ->
            rows.add(new SkillsSection.CoverageRow(name, counts.get(id)[0], counts.get(id)[1])));
    rows.sort(
        Comparator.comparing(
                (SkillsSection.CoverageRow r) -> r.share() == null ? BigDecimal.ONE : r.share())
            .thenComparing(SkillsSection.CoverageRow::competency));
    return rows;
  }

  /**
   * The unit's weighted gap, the sum of its people's; with the competency of its largest gap (the
   * required minus the assessed level, summed over its people). Null when it has none.
   */
  private static SkillsSection.UnitGapRow weightedGap(OrgUnit unit, CoverageView view) {
    int total = 0;
    Map<Long, Integer> byCompetency = new HashMap<>();
    for (HeatmapRow person : view.people()) {
      if (person.weightedGap() != null) {
        total += person.weightedGap();
      }
      for (HeatmapCell cell : person.cells()) {
        if (cell.gap() != null && cell.gap() > 0) {
          byCompetency.merge(cell.competencyId(), cell.gap(), Integer::sum);
        }
      }
    }
    if (total <= 0) {
      return null;
    }
    Map<Long, String> names = new HashMap<>();
    view.competencies().forEach(c -> names.put(c.competencyId(), c.name()));
    String largest =
        byCompetency.entrySet().stream()
            .max(
                Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(
                        e -> names.getOrDefault(e.getKey(), ""), Comparator.reverseOrder()))
            .map(e -> names.get(e.getKey()))
            .orElse(null);
    return new SkillsSection.UnitGapRow(unit.name(), BigDecimal.valueOf(total), largest);
  }

  /**
   * The readiest people in post for the largest gaps that have any, as the candidates page ranks
   * them: the seats are counted in one pass ({@link ReadinessService#candidateCounts}), and only
   * those with candidates are asked for their names.
   */
  private List<SkillsSection.CandidateRow> candidates(Caller caller, List<GapSeat> seats) {
    Map<BlueprintLevel, Integer> counts =
        readiness.candidateCounts(
            caller,
            seats.stream()
                .map(g -> new BlueprintLevel(g.seat().blueprintId(), g.seat().level()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    List<SkillsSection.CandidateRow> rows = new ArrayList<>();
    int named = 0;
    for (GapSeat gap : seats) {
      SeatKey seat = gap.seat();
      if (named == SEATS_WITH_CANDIDATES) {
        break;
      }
      if (counts.getOrDefault(new BlueprintLevel(seat.blueprintId(), seat.level()), 0) == 0) {
        continue;
      }
      List<CandidatesView.CandidateView> found =
          readiness
              .candidates(
                  caller,
                  seat.blueprintId(),
                  seat.level() == null ? null : seat.level().name(),
                  null,
                  null)
              .candidates();
      if (found.isEmpty()) {
        continue; // ready people the caller may not see by name
      }
      named++;
      found.stream()
          .limit(CANDIDATES_PER_SEAT)
          .forEach(
              c ->
                  rows.add(
                      new SkillsSection.CandidateRow(
                          c.name(),
                          c.blueprintId() == null ? null : title(c.blueprintId()),
                          gap.title(),
                          seat.level(),
                          gap.unitName(),
                          BigDecimal.valueOf(c.readiness()).setScale(2, RoundingMode.HALF_UP))));
    }
    return rows;
  }

  private String title(long blueprintId) {
    return blueprints
        .find(blueprintId)
        .map(RoleBlueprint::latestRevision)
        .map(revision -> revision.title())
        .orElse(null);
  }

  /**
   * The units of the pack's finest detail: those with a page and none below them, or the pack's own
   * units when none has a page.
   */
  private static List<OrgUnit> finest(PackSubject subject, UnitDetail detail) {
    List<PackSubject.Placed> pages = subject.pages(detail);
    List<OrgUnit> finest = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      boolean leaf = i + 1 == pages.size() || pages.get(i + 1).depth() <= pages.get(i).depth();
      if (leaf) {
        finest.add(pages.get(i).unit());
      }
    }
    if (finest.isEmpty()) {
      subject.roots().forEach(root -> finest.add(subject.scope().unit(root)));
    }
    return finest;
  }
}
