package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
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
  @Inject @Any private Instance<DemoStep> steps;

  @Inject
  @ConfigProperty(name = "default.http.port", defaultValue = "9080")
  private int httpPort;

  /** Loads every step in its order (see {@link DemoStep#order()}). */
  public void load() {
    steps.stream()
        .sorted(Comparator.comparingInt(DemoStep::order).thenComparing(DemoStep::name))
        .forEach(this::load);
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
