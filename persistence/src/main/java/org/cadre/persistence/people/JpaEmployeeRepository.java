package org.cadre.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.people.EmployeeSearch;
import org.cadre.domain.people.Headcount;
import org.cadre.domain.planning.Incumbent;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.Jpql;

/** Employees in the {@code cadre} persistence unit; written with batched JDBC. */
@ApplicationScoped
public class JpaEmployeeRepository implements EmployeeRepository {

  private static final String COLUMNS =
      "given_name = ?, family_name = ?, email = ?, org_unit_code = ?, blueprint_id = ?,"
          + " level = ?, fte = ?, hire_date = ?, end_date = ?, location = ?, annual_cost = ?,"
          + " updated_at = ?";
  private static final String INSERT =
      "INSERT INTO employee (given_name, family_name, email, org_unit_code, blueprint_id, level,"
          + " fte, hire_date, end_date, location, annual_cost, updated_at, employee_number, id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nextval('employee_seq'))";
  private static final String UPDATE =
      "UPDATE employee SET " + COLUMNS + " WHERE employee_number = ?";

  /** The move of an employee whose unit an update changes, recorded before the update. */
  private static final String RECORD_MOVE =
      "INSERT INTO employee_move (id, employee_number, from_unit, to_unit, moved_on, recorded_at)"
          + " SELECT nextval('employee_move_seq'), employee_number, org_unit_code, ?,"
          + " CURRENT_DATE, ? FROM employee WHERE employee_number = ? AND org_unit_code <> ?";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JpaEmployeeRepository() {
    // for CDI
  }

  public JpaEmployeeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Employee> find(String number) {
    return em.createQuery("SELECT e FROM Employee e WHERE e.number = :number", Employee.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Employee> search(EmployeeSearch search, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.unitCodes() != null) {
      if (search.unitCodes().isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      conditions.add("e.unitCode IN :units");
      parameters.put("units", search.unitCodes());
    }
    if (search.blueprintId() != null) {
      conditions.add("e.blueprintId = :blueprint");
      parameters.put("blueprint", search.blueprintId());
    }
    if (search.level() != null) {
      conditions.add("e.level = :level");
      parameters.put("level", search.level());
    }
    if (search.text() != null) {
      conditions.add(
          "(LOWER(e.givenName) LIKE :text ESCAPE '\\' OR LOWER(e.familyName) LIKE :text"
              + " ESCAPE '\\' OR LOWER(e.number) LIKE :text ESCAPE '\\')");
      parameters.put("text", Jpql.containsPattern(search.text()));
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM Employee e" + where, Long.class);
    TypedQuery<Employee> rows =
        em.createQuery(
            "SELECT e FROM Employee e" + where + " ORDER BY e.familyName, e.givenName, e.number",
            Employee.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<Employee> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public List<Employee> all() {
    return em.createQuery("SELECT e FROM Employee e ORDER BY e.number", Employee.class)
        .getResultList();
  }

  @Override
  public Map<String, String> namesByNumber(Collection<String> numbers) {
    Map<String, String> names = new HashMap<>();
    if (numbers.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT e.number, e.givenName, e.familyName FROM Employee e"
                    + " WHERE e.number IN :numbers",
                Object[].class)
            .setParameter("numbers", numbers)
            .getResultList()) {
      names.put((String) row[0], row[1] + " " + row[2]);
    }
    return names;
  }

  @Override
  public Map<String, Long> idsByNumber() {
    Map<String, Long> ids = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT e.number, e.id FROM Employee e", Object[].class).getResultList()) {
      ids.put((String) row[0], (Long) row[1]);
    }
    return ids;
  }

  @Override
  public Map<String, Headcount> headcountByUnit(LocalDate day) {
    Map<String, Headcount> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.unitCode, COUNT(e), SUM(e.fte) FROM Employee e"
                    + " WHERE (e.hireDate IS NULL OR e.hireDate <= :day)"
                    + " AND (e.endDate IS NULL OR e.endDate >= :day) GROUP BY e.unitCode",
                Object[].class)
            .setParameter("day", day)
            .getResultList()) {
      counts.put((String) row[0], new Headcount(((Number) row[1]).intValue(), (BigDecimal) row[2]));
    }
    return counts;
  }

  @Override
  public List<Incumbent> incumbents(Collection<String> unitCodes) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    List<Incumbent> incumbents = new ArrayList<>();
    // plain JDBC: the leadership overview reads every employee of the organisation
    Jdbc.query(
        em,
        "SELECT org_unit_code, blueprint_id, level, fte, hire_date, end_date FROM employee"
            + " WHERE blueprint_id IS NOT NULL"
            + (unitCodes == null
                ? ""
                : " AND org_unit_code IN (" + Jdbc.placeholders(unitCodes.size()) + ")"),
        row -> {
          String level = row.getString(3);
          incumbents.add(
              new Incumbent(
                  row.getString(1),
                  row.getLong(2),
                  level == null ? null : Level.valueOf(level),
                  row.getBigDecimal(4),
                  row.getObject(5, LocalDate.class),
                  row.getObject(6, LocalDate.class)));
        },
        unitCodes == null ? new Object[0] : unitCodes.toArray());
    return incumbents;
  }

  @Override
  public void insert(List<EmployeeRecord> employees, Instant at) {
    Jdbc.batch(em, INSERT, employees, (statement, employee) -> bind(statement, employee, at));
  }

  @Override
  public void update(List<EmployeeRecord> employees, Instant at) {
    Jdbc.batch(
        em,
        RECORD_MOVE,
        employees,
        (statement, employee) -> {
          statement.setString(1, employee.unitCode());
          Jdbc.setInstant(statement, 2, at);
          statement.setString(3, employee.number());
          statement.setString(4, employee.unitCode());
        });
    Jdbc.batch(em, UPDATE, employees, (statement, employee) -> bind(statement, employee, at));
  }

  private static void bind(PreparedStatement statement, EmployeeRecord employee, Instant at)
      throws SQLException {
    statement.setString(1, employee.givenName());
    statement.setString(2, employee.familyName());
    Jdbc.set(statement, 3, employee.email(), Types.VARCHAR);
    statement.setString(4, employee.unitCode());
    Jdbc.set(statement, 5, employee.blueprintId(), Types.BIGINT);
    Jdbc.set(
        statement, 6, employee.level() == null ? null : employee.level().name(), Types.VARCHAR);
    statement.setBigDecimal(7, employee.fte());
    Jdbc.set(statement, 8, employee.hireDate(), Types.DATE);
    Jdbc.set(statement, 9, employee.endDate(), Types.DATE);
    Jdbc.set(statement, 10, employee.location(), Types.VARCHAR);
    Jdbc.set(statement, 11, employee.annualCost(), Types.NUMERIC);
    Jdbc.setInstant(statement, 12, at);
    statement.setString(13, employee.number());
  }
}
