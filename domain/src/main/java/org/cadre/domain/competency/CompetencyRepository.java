package org.cadre.domain.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** The competency catalogue as stored. */
public interface CompetencyRepository {

  Optional<Competency> find(long id);

  /** The competency whose name or one of whose aliases has this key. */
  Optional<Competency> findByKey(String key);

  /** Competencies whose name or alias contains the text, by name. */
  Page<Competency> search(String text, PageRequest page);

  /** How many blueprints (at their latest revision) use each competency. */
  Map<Long, Long> blueprintCounts(Collection<Long> competencyIds);

  /** The names of the blueprints (latest revisions) that use a competency, by title. */
  List<String> blueprintTitles(long competencyId);

  /** Points every skill linked to one competency at another; returns how many were moved. */
  int relink(long fromCompetencyId, long toCompetencyId);

  void store(Competency competency);

  void remove(Competency competency);
}
