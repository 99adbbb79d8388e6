package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.competency.CompetencyKey;
import org.cadre.domain.competency.CompetencyRepository;

/**
 * Links the skills of a blueprint revision to the catalogue, in the caller's transaction: a skill
 * whose wording has the key of a known competency (by name or alias) links to it; any other skill
 * becomes a new competency.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class CompetencyCatalogue {

  private CompetencyRepository competencies;

  protected CompetencyCatalogue() {
    // for CDI
  }

  @Inject
  public CompetencyCatalogue(CompetencyRepository competencies) {
    this.competencies = competencies;
  }

  public void link(BlueprintRevision revision) {
    List<String> names = new ArrayList<>();
    revision.technicalSkills().forEach(s -> names.add(s.name()));
    revision.softSkills().forEach(s -> names.add(s.name()));
    Map<String, String> wordings = new LinkedHashMap<>();
    names.forEach(name -> wordings.putIfAbsent(CompetencyKey.of(name), name));
    Map<String, Long> ids = new HashMap<>(competencies.idsByKey(wordings.keySet()));
    List<Competency> created = new ArrayList<>();
    Instant now = Instant.now();
    wordings.forEach(
        (key, wording) -> {
          if (!ids.containsKey(key)) {
            created.add(new Competency(wording, now));
          }
        });
    competencies.storeNew(created);
    created.forEach(c -> ids.put(c.key(), c.id()));
    rememberWordings(names, ids);
    revision.linkSkills(
        s -> ids.get(CompetencyKey.of(s.name())), s -> ids.get(CompetencyKey.of(s.name())));
  }

  /** Keeps each new wording of a known competency as one of its aliases. */
  private void rememberWordings(List<String> names, Map<String, Long> ids) {
    Map<Long, Set<String>> known = competencies.wordings(ids.values());
    for (String name : names) {
      String wording = name.strip();
      long id = ids.get(CompetencyKey.of(wording));
      if (known.computeIfAbsent(id, k -> new HashSet<>()).add(wording)) {
        competencies.find(id).ifPresent(c -> c.addAlias(wording));
      }
    }
  }
}
