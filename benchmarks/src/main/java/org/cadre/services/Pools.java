package org.cadre.services;

import java.sql.SQLException;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Test databases behind a connection pool, as Liberty pools the server's connections. */
public final class Pools {

  private Pools() {}

  public static DataSource pooled(DataSource database) throws SQLException {
    if (database instanceof PGSimpleDataSource simple) {
      PGConnectionPoolDataSource pool = new PGConnectionPoolDataSource();
      pool.setURL(simple.getURL());
      pool.setUser(simple.getUser());
      pool.setPassword(simple.getPassword());
      pool.setReWriteBatchedInserts(true);
      return JdbcConnectionPool.create(pool);
    }
    return JdbcConnectionPool.create((ConnectionPoolDataSource) database);
  }
}
