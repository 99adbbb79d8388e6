package org.cadre.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this version of Cadre needs, with the Flyway migrations under
 * {@code db/migration}. Missing migrations fail loudly rather than leave an empty schema.
 */
public final class DatabaseMigration {

  private DatabaseMigration() {}

  /** What a migration run did. */
  public record Outcome(String database, String schemaVersion, int migrationsApplied) {}

  /**
   * Migrates the database behind the data source.
   *
   * @throws MigrationFailedException naming the failing migration and the database's reason
   */
  public static Outcome migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // callbacks beside the migrations: a separate folder would need its own marker file
            .callbackLocations("classpath:db/migration")
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .load();
    try {
      MigrateResult result = flyway.migrate();
      String version =
          flyway.info().current() == null
              ? "none"
              : flyway.info().current().getVersion().toString();
      return new Outcome(result.database, version, result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new MigrationFailedException(e);
    }
  }
}
