package org.cadre.persistence.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.persistence.Jdbc;

/** The organisation tree in the {@code cadre} persistence unit; written with batched JDBC. */
@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

  private static final String INSERT =
      "INSERT INTO org_unit (name, kind, parent_code, manager_number, cost_centre, updated_at,"
          + " code, id) VALUES (?, ?, ?, ?, ?, ?, ?, nextval('org_unit_seq'))";
  private static final String UPDATE =
      "UPDATE org_unit SET name = ?, kind = ?, parent_code = ?, manager_number = ?,"
          + " cost_centre = ?, updated_at = ? WHERE code = ?";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaOrgUnitRepository() {
    // for CDI
  }

  public JpaOrgUnitRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<OrgUnit> find(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OrgUnit> all() {
    // Units never change through their entities: read-only, they stay out of the unit of work,
    // which then has fewer objects to check at every flush (every caller's scope reads them all).
    return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.code", OrgUnit.class)
        .setHint("eclipselink.read-only", "true")
        .getResultList();
  }

  @Override
  public void insert(List<OrgUnitRecord> units, Instant at) {
    Jdbc.batch(em, INSERT, units, (statement, unit) -> bind(statement, unit, at));
  }

  @Override
  public void update(List<OrgUnitRecord> units, Instant at) {
    Jdbc.batch(em, UPDATE, units, (statement, unit) -> bind(statement, unit, at));
  }

  @Override
  public List<String> managedBy(String employeeNumber) {
    return em.createQuery(
            "SELECT u.code FROM OrgUnit u WHERE u.managerNumber = :number ORDER BY u.code",
            String.class)
        .setParameter("number", employeeNumber)
        .getResultList();
  }

  @Override
  public List<String> managedByUser(String username) {
    List<String> codes = new ArrayList<>();
    for (Object code :
        em.createNativeQuery(
                "SELECT u.code FROM org_unit u JOIN user_account a"
                    + " ON a.employee_number = u.manager_number WHERE a.username = ?"
                    + " ORDER BY u.code")
            .setParameter(1, username)
            .getResultList()) {
      codes.add((String) code);
    }
    return codes;
  }

  private static void bind(PreparedStatement statement, OrgUnitRecord unit, Instant at)
      throws SQLException {
    statement.setString(1, unit.name());
    statement.setString(2, unit.kind().name());
    Jdbc.set(statement, 3, unit.parentCode(), Types.VARCHAR);
    Jdbc.set(statement, 4, unit.managerNumber(), Types.VARCHAR);
    Jdbc.set(statement, 5, unit.costCentre(), Types.VARCHAR);
    Jdbc.setInstant(statement, 6, at);
    statement.setString(7, unit.code());
  }
}
