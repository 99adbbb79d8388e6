package org.cadre.domain.competency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The competencies of a unit (with its subtree): for each competency that the blueprint of at least
 * one person in it requires, how many need it, how many of them are qualified, how many people hold
 * it at all, and whether a critical one rests on one person. {@link #without} recomputes all of it
 * as if some people had left.
 */
public final class Coverage {

  private final List<PersonSkills> people;
  private final Map<Long, RequiredProfile> profiles;
  private List<CompetencyCoverage> competencies;

  private Coverage(List<PersonSkills> people, Map<Long, RequiredProfile> profiles) {
    this.people = List.copyOf(people);
    this.profiles = Map.copyOf(profiles);
  }

  /**
   * @param people the people in post in the unit and its subtree
   * @param profiles what each blueprint requires, by blueprint id; a person whose blueprint has no
   *     profile needs nothing
   */
  public static Coverage of(Collection<PersonSkills> people, Map<Long, RequiredProfile> profiles) {
    return new Coverage(List.copyOf(people), profiles);
  }

  /** The same unit as if the people with these employee numbers had left. */
  public Coverage without(Set<String> leavers) {
    return new Coverage(
        people.stream().filter(p -> !leavers.contains(p.number())).toList(), profiles);
  }

  public List<PersonSkills> people() {
    return people;
  }

  /** The profile a person is measured against: their blueprint's, if it requires anything. */
  public Optional<RequiredProfile> profileOf(PersonSkills person) {
    return Optional.ofNullable(person.blueprintId()).map(profiles::get);
  }

  /** Every competency needed in the unit: at risk first, then by coverage, then by name. */
  public List<CompetencyCoverage> competencies() {
    if (competencies == null) {
      competencies = compute();
    }
    return competencies;
  }

  public List<CompetencyCoverage> atRisk() {
    return competencies().stream().filter(CompetencyCoverage::atRisk).toList();
  }

  private List<CompetencyCoverage> compute() {
    Map<Long, Tally> tallies = new LinkedHashMap<>();
    for (PersonSkills person : people) {
      profileOf(person)
          .ifPresent(
              profile -> {
                for (Requirement requirement : profile.requirements()) {
                  tallies
                      .computeIfAbsent(requirement.competencyId(), id -> new Tally(requirement))
                      .need(requirement, person.levels().level(requirement.competencyId()));
                }
              });
    }
    // holders: each person's assessments once, against the highest level required in the unit
    Map<Long, List<String>> holders = new HashMap<>();
    tallies.keySet().forEach(id -> holders.put(id, new ArrayList<>()));
    for (PersonSkills person : people) {
      for (Assessed assessed : person.levels().all()) {
        Tally tally = tallies.get(assessed.competencyId());
        if (tally != null && assessed.level() >= tally.highestRequired) {
          holders.get(tally.competencyId).add(person.number());
        }
      }
    }
    List<CompetencyCoverage> result = new ArrayList<>();
    for (Tally tally : tallies.values()) {
      // a required level of 0 is held by everyone, assessed or not
      List<String> heldBy =
          tally.highestRequired == 0
              ? people.stream().map(PersonSkills::number).toList()
              : holders.get(tally.competencyId);
      result.add(
          new CompetencyCoverage(
              tally.competencyId,
              tally.name,
              tally.critical,
              tally.needed,
              tally.qualified,
              heldBy,
              tally.highestRequired));
    }
    result.sort(
        Comparator.comparing(CompetencyCoverage::atRisk)
            .reversed()
            .thenComparingDouble(CompetencyCoverage::coverage)
            .thenComparing(CompetencyCoverage::name));
    return List.copyOf(result);
  }

  /** What is counted of one competency while going through the people. */
  private static final class Tally {
    private final long competencyId;
    private final String name;
    private boolean critical;
    private int needed;
    private int qualified;
    private int highestRequired;

    Tally(Requirement first) {
      this.competencyId = first.competencyId();
      this.name = first.name();
    }

    void need(Requirement requirement, int assessed) {
      needed++;
      if (assessed >= requirement.level()) {
        qualified++;
      }
      critical |= requirement.critical();
      highestRequired = Math.max(highestRequired, requirement.level());
    }
  }
}
