package org.cadre.web.competency;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.services.competency.CompetencyCoverageView;
import org.cadre.services.competency.HeatmapCell;
import org.cadre.services.competency.HeatmapRow;
import org.cadre.services.competency.UnitCompetenciesView;

/**
 * The team competencies page's grid: people by competencies, each cell showing assessed against
 * required and classed by the gap, people in the order asked for. Plain logic over the service's
 * view, so that it is tested without a browser.
 */
public final class Heatmap implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the people are ordered. */
  public enum Order {
    /** The largest weighted gap first; people whose blueprint requires nothing last. */
    GAP,
    /** The least ready first. */
    READINESS,
    NAME
  }

  private final UnitCompetenciesView report;
  private final Map<String, Map<Long, HeatmapCell>> cells = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  public Heatmap(UnitCompetenciesView report) {
    this.report = report;
    for (HeatmapRow row : report.coverage().people()) {
      names.put(row.number(), row.name());
      Map<Long, HeatmapCell> own = new HashMap<>();
      row.cells().forEach(c -> own.put(c.competencyId(), c));
      cells.put(row.number(), own);
    }
  }

  public UnitCompetenciesView report() {
    return report;
  }

  public List<CompetencyCoverageView> competencies() {
    return report.coverage().competencies();
  }

  /**
   * The heatmap's columns: the competencies needed by the most people first, so that the grid is
   * dense on the left; then by name.
   */
  public List<CompetencyCoverageView> columns() {
    return competencies().stream()
        .sorted(
            Comparator.comparingInt(CompetencyCoverageView::needed)
                .reversed()
                .thenComparing(CompetencyCoverageView::name))
        .toList();
  }

  public List<CompetencyCoverageView> atRisk() {
    return competencies().stream().filter(CompetencyCoverageView::atRisk).toList();
  }

  public List<HeatmapRow> people(Order order) {
    Comparator<HeatmapRow> byName = Comparator.comparing(HeatmapRow::name);
    Comparator<HeatmapRow> comparator =
        switch (order) {
          case GAP ->
              Comparator.comparing(
                      (HeatmapRow r) -> r.weightedGap() == null ? -1 : r.weightedGap(),
                      Comparator.reverseOrder())
                  .thenComparing(byName);
          case READINESS ->
              Comparator.comparing((HeatmapRow r) -> r.readiness() == null ? 2.0 : r.readiness())
                  .thenComparing(byName);
          case NAME -> byName;
        };
    return report.coverage().people().stream().sorted(comparator).toList();
  }

  /** The person's cell in a competency, or null when neither required nor assessed. */
  public HeatmapCell cell(String number, long competencyId) {
    return cells.getOrDefault(number, Map.of()).get(competencyId);
  }

  /** "3 / 4", "– / 4" (never assessed) or "5" (assessed, not required); empty without a cell. */
  public static String text(HeatmapCell cell) {
    if (cell == null) {
      return "";
    }
    String assessed = cell.assessed() == null ? "–" : cell.assessed().toString();
    return cell.required() == null ? assessed : assessed + " / " + cell.required();
  }

  /**
   * The cell's classes: {@code hm-met} at or above the requirement, {@code hm-short} one level
   * below, {@code hm-far} further below, {@code hm-extra} assessed without a requirement; {@code
   * hm-stale} besides when the assessment is stale.
   */
  public static String styleClass(HeatmapCell cell) {
    if (cell == null) {
      return "hm-none";
    }
    String gap =
        cell.gap() == null
            ? "hm-extra"
            : cell.gap() <= 0 ? "hm-met" : cell.gap() == 1 ? "hm-short" : "hm-far";
    return cell.stale() ? gap + " hm-stale" : gap;
  }

  /** The names of a competency's holders, by name. */
  public List<String> holders(long competencyId) {
    return report.heldBy().getOrDefault(competencyId, List.of()).stream()
        .map(this::name)
        .sorted()
        .toList();
  }

  /** The numbers of a competency's holders. */
  public List<String> holderNumbers(long competencyId) {
    return report.heldBy().getOrDefault(competencyId, List.of());
  }

  public String name(String number) {
    return names.getOrDefault(number, number);
  }

  public String blueprintTitle(HeatmapRow row) {
    return row.blueprintId() == null ? null : report.blueprintTitles().get(row.blueprintId());
  }

  public static String levelLabel(String level) {
    return level == null ? null : Level.valueOf(level).label();
  }
}
