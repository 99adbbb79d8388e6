package org.cadre.domain.competency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which people to read with their assessments; each criterion left null reads everyone.
 *
 * @param unitCodes people of these units
 * @param number the person with this employee number
 * @param blueprintId people holding this blueprint
 * @param competencies assessments in these competencies only
 * @param inPostOn people in post on this day
 */
public record PeopleQuery(
    Collection<String> unitCodes,
    String number,
    Long blueprintId,
    Collection<Long> competencies,
    LocalDate inPostOn) {

  public PeopleQuery {
    unitCodes = unitCodes == null ? null : Set.copyOf(unitCodes);
    competencies = competencies == null ? null : Set.copyOf(competencies);
  }

  /** The people in post on the day in these units (null for every unit). */
  public static PeopleQuery inPost(Collection<String> unitCodes, LocalDate day) {
    return new PeopleQuery(unitCodes, null, null, null, day);
  }

  /** One person, whether in post or not. */
  public static PeopleQuery person(String number) {
    return new PeopleQuery(null, number, null, null, null);
  }

  public PeopleQuery onBlueprint(long blueprint) {
    return new PeopleQuery(unitCodes, number, blueprint, competencies, inPostOn);
  }

  public PeopleQuery assessedIn(Collection<Long> competencyIds) {
    return new PeopleQuery(unitCodes, number, blueprintId, competencyIds, inPostOn);
  }
}
