package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long candidates' personal data is kept: {@code cadre.hiring.retention-days} after their last
 * application ended (default 730, two years), after which HR's anonymise action removes it.
 */
@ApplicationScoped
public class HiringSettings {

  @Inject
  @ConfigProperty(name = "cadre.hiring.retention-days", defaultValue = "730")
  int retentionDays;

  protected HiringSettings() {
    // for CDI
  }

  public HiringSettings(int retentionDays) {
    this.retentionDays = retentionDays;
  }

  public int retentionDays() {
    return retentionDays;
  }
}
