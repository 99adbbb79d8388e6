package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
    Map<String, Long> known = new HashMap<>();
    revision.linkSkills(s -> id(s.name(), known), s -> id(s.name(), known));
  }

  private long id(String wording, Map<String, Long> known) {
    String key = CompetencyKey.of(wording);
    return known.computeIfAbsent(
        key,
        k ->
            competencies
                .findByKey(k)
                .map(
                    existing -> {
                      existing.addAlias(wording);
                      return existing.id();
                    })
                .orElseGet(
                    () -> {
                      Competency created = new Competency(wording, Instant.now());
                      competencies.store(created);
                      return created.id();
                    }));
  }
}
