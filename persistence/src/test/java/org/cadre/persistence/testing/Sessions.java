package org.cadre.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * What the database's sessions are doing, seen from a connection of its own: how a test makes two
 * transactions overlap for certain. While one transaction holds rows uncommitted, a statement of
 * another that needs them cannot finish; once it is seen executing, it is waiting for them.
 */
public final class Sessions {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Sessions() {}

  /**
   * Waits until another session of the database is executing a statement that starts with the text
   * given (as the database shows statements: the SQL as sent).
   *
   * @throws AssertionError if none does within 30 seconds
   */
  public static void awaitExecuting(DataSource database, DatabaseKind kind, String statementStart) {
    String sql =
        switch (kind) {
          case H2 ->
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                  + " WHERE SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT LIKE ?";
          case POSTGRESQL ->
              "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE ?";
        };
    Instant until = Instant.now().plus(PATIENCE);
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, statementStart + "%");
      while (Instant.now().isBefore(until)) {
        try (ResultSet count = statement.executeQuery()) {
          if (count.next() && count.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the database's sessions", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    throw new AssertionError("no session began \"" + statementStart + "\" within " + PATIENCE);
  }
}
