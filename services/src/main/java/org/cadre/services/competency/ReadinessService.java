package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.RoleKey;
import org.cadre.domain.competency.Candidate;
import org.cadre.domain.competency.Candidates;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.Readiness;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.services.access.Caller;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * People against blueprints: a person's readiness for their own blueprint and the next roles of its
 * career path, the people on a blueprint, and internal candidates for a blueprint. Always against
 * published revisions. A manager sees people of their own subtree only; of candidates elsewhere,
 * only how many there are.
 */
@ApplicationScoped
@UseCase
public class ReadinessService {

  private OrgScopes scopes;
  private CompetencyData data;
  private RoleBlueprintRepository blueprints;

  protected ReadinessService() {
    // for CDI
  }

  @Inject
  public ReadinessService(
      OrgScopes scopes, CompetencyData data, RoleBlueprintRepository blueprints) {
    this.scopes = scopes;
    this.data = data;
    this.blueprints = blueprints;
  }

  /**
   * A person's readiness for one blueprint, or, when none is given, for their own blueprint and
   * each next role of its career path that the library holds.
   */
  public List<ReadinessView> readiness(Caller caller, String number, Long blueprintId) {
    OrgScope scope = scopes.of(caller);
    PersonSkills person =
        data.people(PeopleQuery.person(number)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("There is no employee " + number + "."));
    scope.requireVisible(person.unitCode());
    List<Long> wanted = new ArrayList<>();
    if (blueprintId != null) {
      wanted.add(blueprintId);
    } else if (person.blueprintId() != null) {
      wanted.add(person.blueprintId());
      wanted.addAll(nextRoles(person.blueprintId()));
    }
    Map<Long, RequiredProfile> profiles = data.profiles(wanted);
    if (blueprintId != null && !profiles.containsKey(blueprintId)) {
      throw noPublished(blueprintId);
    }
    LocalDate today = data.today();
    return wanted.stream()
        .distinct()
        .filter(profiles::containsKey)
        .map(id -> Readiness.of(profiles.get(id), person.levels(), data.staleRule(), today))
        .map(ReadinessView::of)
        .toList();
  }

  /** The blueprints of the library, published, that a blueprint names as its next roles. */
  private List<Long> nextRoles(long blueprintId) {
    Set<String> keys = new LinkedHashSet<>();
    blueprints
        .find(blueprintId)
        .flatMap(b -> b.publishedRevision())
        .ifPresent(
            revision ->
                revision.careerPath().stream()
                    .filter(step -> step.direction() == CareerDirection.NEXT)
                    .forEach(step -> keys.add(RoleKey.of(step.title()))));
    Map<String, Long> ids = blueprints.idsByRoleKey(keys, true);
    return keys.stream().filter(ids::containsKey).map(ids::get).toList();
  }

  /** The people in post on a blueprint the caller may see, the least ready first. */
  public List<BlueprintPersonView> peopleOn(Caller caller, long blueprintId) {
    OrgScope scope = scopes.of(caller);
    RequiredProfile profile = profile(blueprintId);
    LocalDate today = data.today();
    return data.people(PeopleQuery.inPost(scope.filter(), today).onBlueprint(blueprintId)).stream()
        .map(
            p -> {
              Readiness r = Readiness.of(profile, p.levels(), data.staleRule(), today);
              return new BlueprintPersonView(
                  p.number(),
                  p.name(),
                  p.unitCode(),
                  p.level() == null ? null : p.level().name(),
                  r.countMethod(),
                  r.proportionalMethod(),
                  r.weightedGap(),
                  (int) r.skills().stream().filter(s -> !s.met()).count());
            })
        .sorted(
            Comparator.comparingDouble(BlueprintPersonView::proportionalMethod)
                .thenComparing(BlueprintPersonView::number))
        .toList();
  }

  /**
   * Internal candidates for a blueprint at a level, across everyone in post (or a unit's subtree).
   *
   * @param level a level's name or label; null or blank for none
   * @param minReadiness a share from 0 to 1; null or blank for the default
   * @param orgUnit a unit whose subtree to look in; null or blank for everyone
   */
  public CandidatesView candidates(
      Caller caller, long blueprintId, String level, String minReadiness, String orgUnit) {
    OrgScope scope = scopes.of(caller);
    Level wanted = level(level);
    double threshold = threshold(minReadiness);
    Set<String> units = null;
    if (orgUnit != null && !orgUnit.isBlank()) {
      scope.requireParameter("orgUnit", orgUnit);
      units = scope.tree().subtree(orgUnit);
    }
    RequiredProfile profile = profile(blueprintId);
    return candidates(scope, profile, wanted, threshold, units);
  }

  /**
   * How many internal candidates (at the default threshold, across everyone, whether the caller may
   * see them by name or not) each blueprint and level has.
   */
  public Map<BlueprintLevel, Integer> candidateCounts(Caller caller, Set<BlueprintLevel> seats) {
    scopes.of(caller);
    Map<BlueprintLevel, Integer> counts = new LinkedHashMap<>();
    if (seats.isEmpty()) {
      return counts;
    }
    Map<Long, RequiredProfile> profiles =
        data.profiles(seats.stream().map(BlueprintLevel::blueprintId).distinct().toList());
    LocalDate today = data.today();
    List<PersonSkills> everyone =
        data.people(
            PeopleQuery.inPost(null, today)
                .assessedIn(RequiredProfile.competencies(profiles.values())));
    for (BlueprintLevel seat : seats) {
      RequiredProfile profile = profiles.get(seat.blueprintId());
      counts.put(
          seat,
          profile == null
              ? 0
              : Candidates.rank(
                      profile,
                      seat.level(),
                      everyone,
                      Candidates.DEFAULT_MIN_READINESS,
                      data.staleRule(),
                      today)
                  .size());
    }
    return counts;
  }

  private CandidatesView candidates(
      OrgScope scope, RequiredProfile profile, Level level, double threshold, Set<String> units) {
    LocalDate today = data.today();
    List<PersonSkills> people =
        data.people(
            PeopleQuery.inPost(units, today)
                .assessedIn(profile.requirements().stream().map(r -> r.competencyId()).toList()));
    List<CandidatesView.CandidateView> named = new ArrayList<>();
    int others = 0;
    for (Candidate c :
        Candidates.rank(profile, level, people, threshold, data.staleRule(), today)) {
      PersonSkills p = c.person();
      if (scope.isVisible(p.unitCode())) {
        named.add(
            new CandidatesView.CandidateView(
                p.number(),
                p.name(),
                p.unitCode(),
                p.blueprintId(),
                c.readiness().proportionalMethod(),
                c.readiness().weightedGap()));
      } else {
        others++;
      }
    }
    return new CandidatesView(named, others);
  }

  private RequiredProfile profile(long blueprintId) {
    RequiredProfile profile = data.profiles(List.of(blueprintId)).get(blueprintId);
    if (profile == null) {
      throw noPublished(blueprintId);
    }
    return profile;
  }

  private static NotFoundException noPublished(long blueprintId) {
    return new NotFoundException(
        "There is no published blueprint " + blueprintId + " in the library.");
  }

  private static Level level(String level) {
    if (level == null || level.isBlank()) {
      return null;
    }
    return Level.parse(level)
        .orElseThrow(() -> InvalidInputException.of("level", level, "there is no such level"));
  }

  private static double threshold(String minReadiness) {
    if (minReadiness == null || minReadiness.isBlank()) {
      return Candidates.DEFAULT_MIN_READINESS;
    }
    try {
      double value = Double.parseDouble(minReadiness.strip());
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw InvalidInputException.of(
        "minReadiness", minReadiness, "a minimum readiness is a number from 0 to 1, such as 0.7");
  }
}
