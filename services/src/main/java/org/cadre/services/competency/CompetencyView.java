package org.cadre.services.competency;

import java.util.List;
import org.cadre.domain.competency.Competency;

/**
 * A competency of the catalogue, with the other wordings that mean it and how many blueprints use
 * it.
 */
public record CompetencyView(long id, String name, List<String> aliases, long blueprintCount) {

  public CompetencyView {
    aliases = List.copyOf(aliases);
  }

  static CompetencyView of(Competency competency, long blueprintCount) {
    return new CompetencyView(
        competency.id(), competency.name(), competency.aliases(), blueprintCount);
  }
}
