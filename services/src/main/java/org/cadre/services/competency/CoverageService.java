package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadre.domain.competency.Assessed;
import org.cadre.domain.competency.CompetencyCoverage;
import org.cadre.domain.competency.Coverage;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.Readiness;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.StaleRule;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * A unit's competencies: coverage per competency, the heatmap of its people and the critical
 * competencies at risk, as of today, optionally as if some people had left. A manager sees the
 * units of their own subtree only.
 */
@ApplicationScoped
@UseCase
public class CoverageService {

  private OrgScopes scopes;
  private CompetencyData data;
  private EmployeeRepository employees;

  protected CoverageService() {
    // for CDI
  }

  @Inject
  public CoverageService(OrgScopes scopes, CompetencyData data, EmployeeRepository employees) {
    this.scopes = scopes;
    this.data = data;
    this.employees = employees;
  }

  /**
   * The unit with everything below it.
   *
   * @param without employee numbers of people in post in the unit to count as gone
   */
  public CoverageView unit(Caller caller, String code, Collection<String> without) {
    return compute(scopes.of(caller), code, without).view();
  }

  /** The same, with the names the portal and the workbook show. */
  public UnitCompetenciesView report(Caller caller, String code, Collection<String> without) {
    OrgScope scope = scopes.of(caller);
    Computed computed = compute(scope, code, without);
    Map<Long, List<String>> heldBy = new HashMap<>();
    computed.coverage().competencies().forEach(c -> heldBy.put(c.competencyId(), c.heldBy()));
    Map<Long, String> titles = new HashMap<>();
    computed.profiles().forEach((id, profile) -> titles.put(id, profile.title()));
    return new UnitCompetenciesView(scope.unit(code).name(), computed.view(), heldBy, titles);
  }

  /** The unit's competencies as an xlsx workbook: heatmap, coverage and competencies at risk. */
  public byte[] workbook(Caller caller, String code, Collection<String> without) {
    return CompetencyWorkbooks.render(report(caller, code, without), data.staleRule().months());
  }

  private record Computed(
      Coverage coverage, Map<Long, RequiredProfile> profiles, CoverageView view) {}

  private Computed compute(OrgScope scope, String code, Collection<String> without) {
    scope.require(code);
    LocalDate today = data.today();
    Set<String> units = scope.tree().subtree(code);
    // only assessments in competencies some published blueprint requires can count; and the whole
    // organisation needs no filter on units: one scan instead of a list of every unit
    Map<Long, RequiredProfile> profiles = data.profiles(null);
    List<PersonSkills> people =
        data.people(
            PeopleQuery.inPost(units.size() == scope.units().size() ? null : units, today)
                .assessedIn(RequiredProfile.competencies(profiles.values())));
    Coverage coverage =
        Coverage.of(people, profiles).without(leavers(scope, code, people, without));
    return new Computed(coverage, profiles, view(code, today, coverage, data.staleRule()));
  }

  /** The employee numbers, each checked: known, visible to the caller, and in post in the unit. */
  private Set<String> leavers(
      OrgScope scope, String code, List<PersonSkills> people, Collection<String> without) {
    Set<String> leavers = new LinkedHashSet<>();
    if (without == null) {
      return leavers;
    }
    Set<String> inUnit = new LinkedHashSet<>();
    people.forEach(p -> inUnit.add(p.number()));
    for (String number : without) {
      if (number == null || number.isBlank()) {
        continue;
      }
      String wanted = number.strip();
      if (!inUnit.contains(wanted)) {
        Employee employee =
            employees
                .find(wanted)
                .orElseThrow(
                    () -> InvalidInputException.of("without", wanted, "there is no such employee"));
        scope.requireVisible(employee.unitCode());
        throw InvalidInputException.of(
            "without", wanted, "this person is not in post in " + code + " or a unit below it");
      }
      leavers.add(wanted);
    }
    return leavers;
  }

  static CoverageView view(String code, LocalDate today, Coverage coverage, StaleRule stale) {
    List<CompetencyCoverage> competencies = coverage.competencies();
    Map<Long, Integer> columns = new HashMap<>();
    competencies.forEach(c -> columns.put(c.competencyId(), columns.size()));
    Map<Long, Map<Long, Integer>> required = new HashMap<>();
    LocalDate staleBefore = stale.staleBefore(today);
    List<HeatmapRow> rows = new ArrayList<>(coverage.people().size());
    for (PersonSkills person : coverage.people()) {
      RequiredProfile profile = coverage.profileOf(person).orElse(null);
      Map<Long, Integer> levels =
          profile == null
              ? Map.of()
              : required.computeIfAbsent(profile.blueprintId(), id -> levels(profile));
      Readiness readiness =
          profile == null ? null : Readiness.of(profile, person.levels(), stale, today);
      // the person's cells: what their blueprint requires and what they were assessed in
      HeatmapCell[] cells = new HeatmapCell[columns.size()];
      levels.forEach(
          (id, level) ->
              cells[columns.get(id)] =
                  cell(id, level, person.levels().latest(id).orElse(null), staleBefore));
      for (Assessed assessed : person.levels().all()) {
        Integer column = columns.get(assessed.competencyId());
        if (column != null && cells[column] == null) {
          cells[column] = cell(assessed.competencyId(), null, assessed, staleBefore);
        }
      }
      rows.add(
          new HeatmapRow(
              person.number(),
              person.name(),
              person.blueprintId(),
              person.level() == null ? null : person.level().name(),
              readiness == null ? null : readiness.proportionalMethod(),
              readiness == null ? null : readiness.weightedGap(),
              Arrays.stream(cells).filter(Objects::nonNull).toList()));
    }
    return new CoverageView(
        code, today, competencies.stream().map(CompetencyCoverageView::of).toList(), rows);
  }

  private static Map<Long, Integer> levels(RequiredProfile profile) {
    Map<Long, Integer> levels = new HashMap<>();
    profile.requirements().forEach(r -> levels.put(r.competencyId(), r.level()));
    return levels;
  }

  /** One cell: required (or null), assessed (or null: never), the gap and whether stale. */
  private static HeatmapCell cell(
      long competencyId, Integer required, Assessed assessed, LocalDate staleBefore) {
    Integer level = assessed == null ? null : assessed.level();
    return new HeatmapCell(
        competencyId,
        required,
        level,
        required == null ? null : required - (level == null ? 0 : level),
        assessed != null && assessed.assessedOn().isBefore(staleBefore));
  }
}
