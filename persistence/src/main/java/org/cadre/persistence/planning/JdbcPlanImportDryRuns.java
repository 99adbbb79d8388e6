package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.cadre.domain.planning.PlanImportDryRuns;
import org.cadre.persistence.Jdbc;

/**
 * Plan workbook dry runs in table {@code plan_import_dry_run}, recorded with one statement that
 * leaves a dry run recorded before as it is.
 */
@ApplicationScoped
public class JdbcPlanImportDryRuns implements PlanImportDryRuns {

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcPlanImportDryRuns() {
    // for CDI
  }

  public JdbcPlanImportDryRuns(EntityManager em) {
    this.em = em;
  }

  @Override
  public void record(String checksum, String username, Instant at) {
    Jdbc.execute(
        em,
        "INSERT INTO plan_import_dry_run (checksum, checked_by, checked_at) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        checksum,
        username,
        at);
  }

  @Override
  public boolean exists(String checksum, String username) {
    boolean[] found = {false};
    Jdbc.query(
        em,
        "SELECT 1 FROM plan_import_dry_run WHERE checksum = ? AND checked_by = ?",
        row -> found[0] = true,
        checksum,
        username);
    return found[0];
  }
}
