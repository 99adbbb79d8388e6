package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo organisation, loaded in demo mode only. Each part is loaded once, in its own
 * transaction; a restart loads nothing twice, and parts added by a newer Cadre are loaded into an
 * existing demo database.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private DemoSeeding seeding;
  @Inject private DemoUsers users;
  @Inject private DemoBlueprints blueprints;
  @Inject private DemoOrganisation organisation;
  @Inject private DemoPlanning planning;
  @Inject private DemoHiring hiring;

  @Inject
  @ConfigProperty(name = "default.http.port", defaultValue = "9080")
  private int httpPort;

  /**
   * Loads the steps in order: the organisation needs the blueprints and links a user; plans need
   * the organisation; hiring needs the plans' gaps.
   */
  public void load() {
    for (DemoStep step : List.<DemoStep>of(users, blueprints, organisation, planning, hiring)) {
      load(step);
    }
    LOG.info(
        () ->
            "CADRE0011I: Demo mode. Open http://localhost:"
                + httpPort
                + "/ and sign in as "
                + DemoUsers.logins()
                + ".");
  }

  private void load(DemoStep step) {
    try {
      if (seeding.applyOnce(step)) {
        LOG.info(() -> "CADRE0010I: Demo data loaded: " + step.name() + ".");
      }
    } catch (RuntimeException e) {
      // another server starting at the same time loaded it first: its record won
      if (!seeding.isApplied(step)) {
        throw e;
      }
      LOG.info(() -> "CADRE0012I: Demo data " + step.name() + " was loaded by another server.");
    }
  }
}
