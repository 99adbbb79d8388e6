package org.cadre.domain.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** The competency catalogue as stored. */
public interface CompetencyRepository {

  Optional<Competency> find(long id);

  /** The ids of the competencies meaning these keys (by name or alias), by key. */
  Map<String, Long> idsByKey(Collection<String> keys);

  /** Every competency's name by id, by name. */
  Map<Long, String> names();

  /** Every wording (the name and the aliases, as written) of these competencies, by id. */
  Map<Long, Set<String>> wordings(Collection<Long> ids);

  /** Competencies whose name or alias contains the text, by name. */
  Page<Competency> search(String text, PageRequest page);

  /** How many blueprints (at their latest revision) use each competency. */
  Map<Long, Long> blueprintCounts(Collection<Long> competencyIds);

  /** The names of the blueprints (latest revisions) that use a competency, by title. */
  List<String> blueprintTitles(long competencyId);

  /** Points every skill linked to one competency at another; returns how many were moved. */
  int relink(long fromCompetencyId, long toCompetencyId);

  void store(Competency competency);

  /**
   * Stores new competencies and writes them at once, so that rows linking to them by id can follow
   * in the same transaction.
   */
  void storeNew(Collection<Competency> competencies);

  void remove(Competency competency);
}
