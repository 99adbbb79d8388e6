package org.cadre.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V8 on a database that holds blueprints and assessments already: skills get the importance's level
 * and one id per name within their blueprint, assessments the requirement in force.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RequiredLevelsMigrationTest {

  @Parameter DatabaseKind database;

  @Test
  void existingSkillsAndAssessmentsAreFilledIn() throws SQLException {
    DataSource ds = TestDatabases.empty(database);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("7")
        .load()
        .migrate();
    execute(
        ds,
        "INSERT INTO role_blueprint (id, role_key, created_at, updated_at, version)"
            + " VALUES (1, 'sre', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
        "INSERT INTO blueprint_revision (id, blueprint_id, revision_number, status, latest, title,"
            + " track, created_at) VALUES (10, 1, 1, 'SUPERSEDED', FALSE, 'SRE',"
            + " 'INDIVIDUAL_CONTRIBUTOR', CURRENT_TIMESTAMP),"
            + " (11, 1, 2, 'PUBLISHED', TRUE, 'SRE', 'INDIVIDUAL_CONTRIBUTOR', CURRENT_TIMESTAMP)",
        "INSERT INTO competency (id, name, name_key, created_at, version)"
            + " VALUES (100, 'Linux', 'linux', CURRENT_TIMESTAMP, 0),"
            + " (101, 'Go', 'go', CURRENT_TIMESTAMP, 0)",
        "INSERT INTO blueprint_technical_skill (revision_id, list_index, tier, name, importance,"
            + " competency_id) VALUES (10, 0, 'MUST_HAVE', 'Linux', 'IMPORTANT', 100),"
            + " (10, 1, 'MUST_HAVE', 'Go', NULL, 101),"
            + " (11, 0, 'MUST_HAVE', 'Go', 'OPTIONAL', 101),"
            + " (11, 1, 'MUST_HAVE', 'linux', 'CRITICAL', 100),"
            + " (11, 2, 'EMERGING', 'eBPF', 'CONTEXT_SPECIFIC', NULL)",
        "INSERT INTO org_unit (id, code, name, kind, updated_at)"
            + " VALUES (1, 'ENG', 'Engineering', 'DIVISION', CURRENT_TIMESTAMP)",
        "INSERT INTO employee (id, employee_number, given_name, family_name, org_unit_code,"
            + " blueprint_id, fte, updated_at) VALUES"
            + " (1, 'E1', 'A', 'B', 'ENG', 1, 1, CURRENT_TIMESTAMP),"
            + " (2, 'E2', 'C', 'D', 'ENG', NULL, 1, CURRENT_TIMESTAMP)",
        "INSERT INTO assessment (id, employee_id, competency_id, level, assessed_on, source,"
            + " updated_at) VALUES (1, 1, 100, 3, DATE '2026-01-05', 'MANAGER', CURRENT_TIMESTAMP),"
            + " (2, 2, 100, 3, DATE '2026-01-05', 'MANAGER', CURRENT_TIMESTAMP)");

    DatabaseMigration.migrate(ds);

    assertThat(
            rows(
                ds,
                "SELECT revision_id, name, required_level, level_set, skill_id"
                    + " FROM blueprint_technical_skill ORDER BY revision_id, list_index"))
        // names in order across both revisions: ebpf 1, go 2, linux 3
        .containsExactly(
            "10 Linux 3 false 3",
            "10 Go 3 false 2",
            "11 Go 2 false 2",
            "11 linux 4 false 3",
            "11 eBPF 2 false 1");
    assertThat(rows(ds, "SELECT id, required_level FROM assessment ORDER BY id"))
        .containsExactly("1 4", "2 null");
  }

  private static void execute(DataSource ds, String... statements) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** Each row's columns joined by spaces. */
  private static List<String> rows(DataSource ds, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
