package org.cadre.services.reporting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks, every {@link ReportSettings#checkEvery()} on the container's managed scheduled executor,
 * for quarterly packs due (and makes them) and for packs past their retention (and deletes them).
 * Started at start-up and cancelled when the application stops (the executor is the server's: a
 * check left scheduled would run after an update of the application, without its beans); what it
 * acts on lives in the database, so a restart loses nothing.
 */
@ApplicationScoped
public class ReportScheduler {

  private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService executor;

  @Inject private ReportSchedules schedules;
  @Inject private ReportRuns runs;
  @Inject private ReportJobs jobs;
  @Inject private ReportSettings settings;

  private ScheduledFuture<?> checks;

  public void start() {
    long every = settings.checkEvery().toSeconds();
    checks = executor.scheduleAtFixedRate(this::check, 30, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (checks != null) {
      checks.cancel(false);
    }
  }

  void check() {
    try {
      schedules.runDue(Instant.now()).forEach(jobs::start);
      runs.expire();
    } catch (RuntimeException e) {
      // the next check tries again; a failure must not end the schedule
      LOG.log(Level.SEVERE, "CADRE0045E: checking report schedules failed.", e);
    }
  }
}
