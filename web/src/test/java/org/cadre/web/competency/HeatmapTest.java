package org.cadre.web.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadre.services.competency.CompetencyCoverageView;
import org.cadre.services.competency.CoverageView;
import org.cadre.services.competency.HeatmapCell;
import org.cadre.services.competency.HeatmapRow;
import org.cadre.services.competency.UnitCompetenciesView;
import org.junit.jupiter.api.Test;

/** The team competencies grid: its order, cells and holders. */
class HeatmapTest {

  private static final HeatmapCell MET = new HeatmapCell(1, 4, 5, -1, false);
  private static final HeatmapCell SHORT = new HeatmapCell(2, 3, 2, 1, true);
  private static final HeatmapCell NEVER = new HeatmapCell(2, 3, null, 3, false);
  private static final HeatmapCell EXTRA = new HeatmapCell(1, null, 4, null, false);

  private static final Heatmap MAP =
      new Heatmap(
          new UnitCompetenciesView(
              "Platform Security",
              new CoverageView(
                  "ENG-PLAT-SEC",
                  LocalDate.of(2026, 6, 30),
                  List.of(
                      new CompetencyCoverageView(1, "Kubernetes", true, 1, 1, 1.0, 2, false),
                      new CompetencyCoverageView(2, "Go", false, 2, 0, 0.0, 0, false)),
                  List.of(
                      new HeatmapRow("E1", "Ana Silva", 10L, "SENIOR", 0.9, 2, List.of(MET, SHORT)),
                      new HeatmapRow("E2", "Ben Ode", 10L, "MID", 0.4, 6, List.of(NEVER)),
                      new HeatmapRow("E3", "Cy Ng", null, null, null, null, List.of(EXTRA)))),
              Map.of(1L, List.of("E3", "E1")),
              Map.of(10L, "Security Engineer")));

  @Test
  void peopleInTheOrderAsked() {
    assertThat(MAP.people(Heatmap.Order.GAP))
        .extracting(HeatmapRow::number)
        .containsExactly("E2", "E1", "E3");
    assertThat(MAP.people(Heatmap.Order.READINESS))
        .extracting(HeatmapRow::number)
        .containsExactly("E2", "E1", "E3");
    assertThat(MAP.people(Heatmap.Order.NAME))
        .extracting(HeatmapRow::number)
        .containsExactly("E1", "E2", "E3");
  }

  @Test
  void cellsShowAssessedAgainstRequiredClassedByTheGap() {
    assertThat(MAP.cell("E1", 1)).isEqualTo(MET);
    assertThat(MAP.cell("E2", 1)).isNull();
    assertThat(Heatmap.text(MET)).isEqualTo("5 / 4");
    assertThat(Heatmap.text(NEVER)).isEqualTo("– / 3");
    assertThat(Heatmap.text(EXTRA)).isEqualTo("4");
    assertThat(Heatmap.text(null)).isEmpty();
    assertThat(Heatmap.styleClass(MET)).isEqualTo("hm-met");
    assertThat(Heatmap.styleClass(SHORT)).isEqualTo("hm-short hm-stale");
    assertThat(Heatmap.styleClass(NEVER)).isEqualTo("hm-far");
    assertThat(Heatmap.styleClass(EXTRA)).isEqualTo("hm-extra");
    assertThat(Heatmap.styleClass(null)).isEqualTo("hm-none");
  }

  @Test
  void columnsByHowManyNeedThemAndHoldersByName() {
    assertThat(MAP.columns())
        .extracting(CompetencyCoverageView::name)
        .containsExactly("Go", "Kubernetes");
    assertThat(MAP.holders(1)).containsExactly("Ana Silva", "Cy Ng");
    assertThat(MAP.holders(2)).isEmpty();
    assertThat(MAP.blueprintTitle(MAP.people(Heatmap.Order.NAME).get(0)))
        .isEqualTo("Security Engineer");
    assertThat(Heatmap.levelLabel("MID")).isEqualTo("Mid-level");
  }
}
