package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.domain.competency.StaleRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the competency numbers are read: setting {@code cadre.competency.stale-months}, after which
 * an assessment counts as stale (default {@value StaleRule#DEFAULT_MONTHS}).
 */
@ApplicationScoped
public class CompetencySettings {

  @Inject
  @ConfigProperty(name = "cadre.competency.stale-months", defaultValue = "18")
  int staleMonths;

  protected CompetencySettings() {
    // for CDI
  }

  /** Settings as given, for use outside the container (benchmarks, tests). */
  public CompetencySettings(int staleMonths) {
    this.staleMonths = staleMonths;
  }

  public StaleRule staleRule() {
    return new StaleRule(staleMonths);
  }
}
