package org.cadre.services.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether the database answers, for the readiness check. */
@ApplicationScoped
public class DatabaseHealth {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/cadre")
  private DataSource dataSource;

  public boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
