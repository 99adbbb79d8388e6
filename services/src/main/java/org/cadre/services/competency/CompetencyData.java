package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cadre.domain.competency.CoverageRepository;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.StaleRule;

/**
 * What the competency services compute from, read for one day: the people and their latest
 * assessments, the published requirements, and the stale rule. Needs a transaction.
 */
@ApplicationScoped
public class CompetencyData {

  private CoverageRepository coverage;
  private CompetencySettings settings;

  protected CompetencyData() {
    // for CDI
  }

  @Inject
  public CompetencyData(CoverageRepository coverage, CompetencySettings settings) {
    this.coverage = coverage;
    this.settings = settings;
  }

  public LocalDate today() {
    return LocalDate.now();
  }

  public StaleRule staleRule() {
    return settings.staleRule();
  }

  public List<PersonSkills> people(PeopleQuery query) {
    return coverage.people(query);
  }

  /** The published requirements of these blueprints (null for all), by blueprint id. */
  public Map<Long, RequiredProfile> profiles(Collection<Long> blueprintIds) {
    return coverage.publishedProfiles(blueprintIds);
  }
}
