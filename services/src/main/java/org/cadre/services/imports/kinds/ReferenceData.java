package org.cadre.services.imports.kinds;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.competency.CompetencyKey;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.EmployeeRecord;

/**
 * The database as an import run found it when it began: the rows of a file are checked against it,
 * never against what other rows of the same file would write, except where a kind says so.
 *
 * @param competencyIds competency ids by {@link CompetencyKey} of their name and aliases
 * @param assessments stored assessments; empty unless the import reads assessments
 * @param candidates stored candidates neither merged nor anonymised; empty unless the import reads
 *     candidates
 */
public record ReferenceData(
    Map<String, OrgUnitRecord> units,
    Map<String, EmployeeRecord> employees,
    Map<String, Long> employeeIds,
    List<BlueprintName> blueprints,
    Map<String, Long> competencyIds,
    Map<Long, String> competencyNames,
    Map<AssessmentKey, AssessmentRecord> assessments,
    List<CandidateRecord> candidates) {

  /** The competency a wording names, by the catalogue's name or alias. */
  public Optional<Long> competency(String wording) {
    try {
      return Optional.ofNullable(competencyIds.get(CompetencyKey.of(wording)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The blueprints with a title, ignoring case. */
  public List<BlueprintName> blueprintsTitled(String title) {
    String wanted = title.strip().toLowerCase(Locale.ROOT);
    return blueprints.stream()
        .filter(b -> b.title().toLowerCase(Locale.ROOT).equals(wanted))
        .toList();
  }

  /** The title of a blueprint by id, for exports. */
  public Map<Long, String> blueprintTitles() {
    Map<Long, String> titles = new HashMap<>();
    blueprints.forEach(b -> titles.put(b.id(), b.title()));
    return titles;
  }

  static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new HashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }
}
