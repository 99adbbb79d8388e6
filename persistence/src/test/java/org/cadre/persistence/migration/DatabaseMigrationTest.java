package org.cadre.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseMigrationTest {

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    return ds;
  }

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() {
    JdbcDataSource ds = h2("migrate-twice");

    DatabaseMigration.Outcome first = DatabaseMigration.migrate(ds);
    DatabaseMigration.Outcome second = DatabaseMigration.migrate(ds);

    assertThat(first.migrationsApplied()).isGreaterThan(0);
    assertThat(second.migrationsApplied()).isZero();
    assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
  }

  @Test
  void refusesADatabaseHoldingAnotherApplicationsTables() throws SQLException {
    JdbcDataSource ds = h2("someone-elses");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id BIGINT)");
    }

    assertThatThrownBy(() -> DatabaseMigration.migrate(ds))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessage(
            "Database migration failed: Found non-empty schema(s) \"public\" but no schema history"
                + " table. Use baseline() or set baselineOnMigrate to true to initialize the schema"
                + " history table.");
  }

  @Test
  void saysSoWhenTheDatabaseDoesNotAnswer() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL("jdbc:postgresql://127.0.0.1:1/cadre");
    ds.setConnectTimeout(2);

    assertThatThrownBy(() -> DatabaseMigration.migrate(ds))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Database migration failed: Unable to obtain connection from database")
        .hasMessageContaining("Connection to 127.0.0.1:1 refused");
  }
}
