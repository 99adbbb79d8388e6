package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cadre.domain.system.DemoSeed;
import org.cadre.domain.system.DemoSeedLog;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;

/**
 * Applies a demo step and records it in the same transaction. When two servers start together, the
 * second one's record collides with the first one's and its transaction rolls back.
 */
@ApplicationScoped
@UseCase
public class DemoSeeding {

  private DemoSeedLog log;

  protected DemoSeeding() {
    // for CDI
  }

  @Inject
  public DemoSeeding(DemoSeedLog log) {
    this.log = log;
  }

  boolean isApplied(DemoStep step) {
    return log.isApplied(step.name());
  }

  /** Applies the step unless it was applied before; tells whether it ran. */
  boolean applyOnce(DemoStep step) {
    if (log.isApplied(step.name())) {
      return false;
    }
    log.record(new DemoSeed(step.name(), Instant.now()));
    step.apply(Caller.system());
    return true;
  }
}
