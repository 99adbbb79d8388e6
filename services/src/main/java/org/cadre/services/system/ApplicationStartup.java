package org.cadre.services.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cadre.persistence.migration.DatabaseMigration;
import org.cadre.persistence.migration.MigrationFailedException;
import org.cadre.services.demo.DemoData;
import org.cadre.services.imports.ImportJobs;
import org.cadre.services.imports.ImportRuns;
import org.cadre.services.reporting.ReportJobs;
import org.cadre.services.reporting.ReportRuns;
import org.cadre.services.reporting.ReportScheduler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prepares the database when the application starts: migrates the schema, then loads the demo data
 * in demo mode. Imports the server was running when it last stopped are resumed (commits whose file
 * is intact) or marked failed, see {@link ImportRuns#interrupted}; report packs it was making are
 * made again, and the report scheduler starts. A failed migration stops the application from
 * starting, so Cadre never runs on a schema it does not know.
 */
@ApplicationScoped
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = "jdbc/cadre")
  private DataSource dataSource;

  @Inject private DemoData demoData;
  @Inject private ImportRuns importRuns;
  @Inject private ImportJobs importJobs;
  @Inject private ReportRuns reportRuns;
  @Inject private ReportJobs reportJobs;
  @Inject private ReportScheduler reportScheduler;

  @Inject
  @ConfigProperty(name = "cadre.demo", defaultValue = "false")
  private boolean demo;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrate();
    List<Long> resumed = importRuns.interrupted();
    List<Long> packs = reportRuns.interrupted();
    if (demo) {
      demoData.load();
    }
    resumed.forEach(importJobs::start);
    packs.forEach(reportJobs::start);
    reportScheduler.start();
  }

  private void migrate() {
    try {
      DatabaseMigration.Outcome outcome = DatabaseMigration.migrate(dataSource);
      LOG.info(
          () ->
              "CADRE0001I: Database ready: "
                  + outcome.database()
                  + ", schema version "
                  + outcome.schemaVersion()
                  + " ("
                  + outcome.migrationsApplied()
                  + " migrations applied now).");
    } catch (MigrationFailedException e) {
      LOG.log(Level.SEVERE, "CADRE0002E: " + e.getMessage() + " Cadre will not start.", e);
      throw e;
    }
  }
}
