package org.cadre.services.competency;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's competencies (with its subtree) on a day: coverage per competency, and the heatmap of
 * its people in post against their blueprints.
 */
public record CoverageView(
    String orgUnit,
    LocalDate asOf,
    List<CompetencyCoverageView> competencies,
    List<HeatmapRow> people) {

  public CoverageView {
    competencies = List.copyOf(competencies);
    people = List.copyOf(people);
  }
}
