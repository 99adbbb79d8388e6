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

  /**
   * Which revisions of the blueprints count when the catalogue says where a competency is used: the
   * latest, drafts included (HR's view), or the published ones only (everyone else's, who must
   * never see a draft).
   */
  enum Revisions {
    LATEST,
    PUBLISHED
  }

  Optional<Competency> find(long id);

  /** The ids of the competencies meaning these keys (by name or alias), by key. */
  Map<String, Long> idsByKey(Collection<String> keys);

  /** Every competency's name by id, by name. */
  Map<Long, String> names();

  /** Every wording (the name and the aliases, as written) of these competencies, by id. */
  Map<Long, Set<String>> wordings(Collection<Long> ids);

  /**
   * Competencies whose name or alias contains the text, by name: all of them for {@code LATEST},
   * only those a published revision uses for {@code PUBLISHED}.
   */
  Page<Competency> search(String text, Revisions revisions, PageRequest page);

  /** Whether a revision of that kind uses the competency. */
  boolean isUsed(long competencyId, Revisions revisions);

  /** How many blueprints use each competency, in the revisions of that kind. */
  Map<Long, Long> blueprintCounts(Collection<Long> competencyIds, Revisions revisions);

  /** The titles of the revisions of that kind that use a competency, by title. */
  List<String> blueprintTitles(long competencyId, Revisions revisions);

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
