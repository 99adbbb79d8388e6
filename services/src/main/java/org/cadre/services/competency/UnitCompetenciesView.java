package org.cadre.services.competency;

import java.util.List;
import java.util.Map;

/**
 * A unit's competencies as the portal and the workbook show them: the coverage the API answers,
 * with the names a person reads.
 *
 * @param heldBy the employee numbers of each competency's holders, by competency id
 * @param blueprintTitles the titles of the people's blueprints (published revisions), by id
 */
public record UnitCompetenciesView(
    String unitName,
    CoverageView coverage,
    Map<Long, List<String>> heldBy,
    Map<Long, String> blueprintTitles) {

  public UnitCompetenciesView {
    heldBy = Map.copyOf(heldBy);
    blueprintTitles = Map.copyOf(blueprintTitles);
  }
}
