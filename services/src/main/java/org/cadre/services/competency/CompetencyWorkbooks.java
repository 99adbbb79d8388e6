package org.cadre.services.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.reports.competency.CompetencyWorkbook;

/** Turns a unit's competencies into the workbook's report records. */
final class CompetencyWorkbooks {

  private CompetencyWorkbooks() {}

  static byte[] render(UnitCompetenciesView report, int staleMonths) {
    CoverageView coverage = report.coverage();
    Map<String, String> names = new HashMap<>();
    coverage.people().forEach(p -> names.put(p.number(), p.name()));
    List<CompetencyWorkbook.Competency> competencies =
        coverage.competencies().stream()
            .map(
                c ->
                    new CompetencyWorkbook.Competency(
                        c.competencyId(),
                        c.name(),
                        c.critical(),
                        c.needed(),
                        c.qualified(),
                        c.coverage(),
                        c.atRisk(),
                        report.heldBy().getOrDefault(c.competencyId(), List.of()).stream()
                            .map(names::get)
                            .toList()))
            .toList();
    List<CompetencyWorkbook.Person> people = new ArrayList<>();
    coverage.people().stream()
        .sorted(
            Comparator.comparing(
                    (HeatmapRow r) -> r.weightedGap() == null ? -1 : r.weightedGap(),
                    Comparator.reverseOrder())
                .thenComparing(HeatmapRow::name))
        .forEach(
            row -> {
              Map<Long, CompetencyWorkbook.Cell> cells = new HashMap<>();
              row.cells()
                  .forEach(
                      c ->
                          cells.put(
                              c.competencyId(),
                              new CompetencyWorkbook.Cell(c.required(), c.assessed(), c.stale())));
              people.add(
                  new CompetencyWorkbook.Person(
                      row.name(),
                      row.number(),
                      row.blueprintId() == null
                          ? null
                          : report.blueprintTitles().get(row.blueprintId()),
                      row.level() == null ? null : Level.valueOf(row.level()).label(),
                      row.readiness(),
                      row.weightedGap(),
                      cells));
            });
    return CompetencyWorkbook.render(
        new CompetencyWorkbook.Content(
            report.unitName() + " (" + coverage.orgUnit() + ") and the units below it",
            coverage.asOf(),
            competencies,
            people,
            notes(staleMonths)));
  }

  private static List<String> notes(int staleMonths) {
    return List.of(
        "Heatmap: each person's latest assessed level (0 to 5) in each competency of the unit,"
            + " against the level their blueprint requires (on the hidden sheet \"Required\"):"
            + " green at or above it, amber one level below, red further below; an empty"
            + " coloured cell was never assessed and counts as 0. People are listed by weighted"
            + " gap, the largest first.",
        "Readiness: the mean over the blueprint's required skills of min(1, assessed /"
            + " required). Weighted gap: the sum of weight x max(0, required - assessed), with"
            + " weights critical 3, important 2, optional and context-specific 1.",
        "Coverage: of the people whose blueprint requires a competency (needed), the share"
            + " assessed at or above their required level (qualified). Holders: people of the"
            + " unit, whatever their blueprint, assessed at or above the highest level required"
            + " for it in the unit. At risk: a critical competency with at most one holder.",
        "Stale: an assessment older than "
            + staleMonths
            + " months still counts, and carries a comment on the heatmap.");
  }
}
