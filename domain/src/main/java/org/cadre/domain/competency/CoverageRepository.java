package org.cadre.domain.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the competency numbers are made of, read in a few queries whatever the number of people: the
 * requirements of published blueprints and people with their latest assessments.
 */
public interface CoverageRepository {

  /**
   * What the published revision of each blueprint requires, under the catalogue's names, by
   * blueprint id; blueprints without a published revision are left out.
   *
   * @param blueprintIds null for every blueprint
   */
  Map<Long, RequiredProfile> publishedProfiles(Collection<Long> blueprintIds);

  /** The people the query names, by employee number, with their latest assessments. */
  List<PersonSkills> people(PeopleQuery query);
}
