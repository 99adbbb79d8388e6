package org.cadre.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC on the entity manager's own connection, inside its transaction: imports write tens of
 * thousands of rows, which batched statements do many times faster than entities do.
 */
public final class Jdbc {

  /** Statements sent to the database at once. */
  private static final int BATCH = 1000;

  /** Sets the parameters of a statement for one item. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  /**
   * A whole column of values, sent as one SQL array: a statement that inserts from {@code UNNEST(?,
   * ?, ...)} of such columns writes thousands of rows in one round trip and one execution.
   *
   * @param sqlType the element type, as {@link Connection#createArrayOf} names it, e.g. {@code
   *     bigint}
   */
  public record Column(String sqlType, Object[] values) {}

  private Jdbc() {}

  /**
   * Runs one statement and returns the rows it changed; needs an active transaction. A {@link
   * Column} parameter is sent as an SQL array, as is an {@link Array} read back from the database,
   * and an {@link Instant} as a timestamp with time zone.
   */
  public static int execute(EntityManager em, String sql, Object... parameters) {
    Connection connection = connection(em);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("statement failed: " + sql, e);
    }
  }

  private static void bind(Connection connection, PreparedStatement statement, Object[] parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof Column column) {
        statement.setArray(i + 1, connection.createArrayOf(column.sqlType(), column.values()));
      } else if (parameter instanceof Array array) {
        statement.setArray(i + 1, array);
      } else if (parameter instanceof Instant at) {
        setInstant(statement, i + 1, at);
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
  }

  /** Runs the statement once per item, in batches; needs an active transaction. */
  public static <T> void batch(EntityManager em, String sql, List<T> items, Binder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
      int pending = 0;
      for (T item : items) {
        binder.bind(statement, item);
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException("batch failed: " + sql, e);
    }
  }

  /**
   * Runs a query and hands each row over; needs an active transaction. Parameters are sent as by
   * {@link #execute}.
   */
  public static void query(EntityManager em, String sql, RowHandler handler, Object... parameters) {
    query(em, sql, BATCH, handler, parameters);
  }

  /**
   * Runs a query and hands each row over, fetching that many rows per round trip to the database
   * (more for reads of hundreds of thousands of small rows); needs an active transaction.
   * Parameters are sent as by {@link #execute}.
   */
  public static void query(
      EntityManager em, String sql, int fetchSize, RowHandler handler, Object... parameters) {
    Connection connection = connection(em);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, parameters);
      statement.setFetchSize(fetchSize);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.accept(rows);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("query failed: " + sql, e);
    }
  }

  /** "?, ?, ?": the placeholders of an IN list of that many values. */
  public static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Sets a parameter that may be null, of a type JDBC can infer from the value's class. */
  public static void set(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else {
      statement.setObject(index, value, sqlType);
    }
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column; null stays null. */
  public static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /** Sets a {@code TIMESTAMP WITH TIME ZONE} parameter. */
  public static void setInstant(PreparedStatement statement, int index, Instant at)
      throws SQLException {
    statement.setObject(index, at.atOffset(ZoneOffset.UTC));
  }

  private static Connection connection(EntityManager em) {
    em.flush();
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("JDBC work needs an active transaction");
    }
    return connection;
  }
}
