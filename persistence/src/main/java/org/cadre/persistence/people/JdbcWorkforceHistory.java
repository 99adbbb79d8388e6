package org.cadre.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.people.Tenure;
import org.cadre.domain.people.WorkforceHistory;
import org.cadre.persistence.Jdbc;

/**
 * People's tenures and moves in plain SQL: a pack of a large organisation reads every employee and
 * every move once.
 */
@ApplicationScoped
public class JdbcWorkforceHistory implements WorkforceHistory {

  /** A move told of directly. */
  private static final String INSERT_MOVE =
      "INSERT INTO employee_move (id, employee_number, from_unit, to_unit, moved_on, recorded_at)"
          + " VALUES (nextval('employee_move_seq'), ?, ?, ?, ?, ?)";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcWorkforceHistory() {
    // for CDI
  }

  public JdbcWorkforceHistory(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Tenure> tenures(Collection<String> unitCodes) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>();
    String where = "";
    if (unitCodes != null) {
      String in = "(" + Jdbc.placeholders(unitCodes.size()) + ")";
      where =
          " AND (org_unit_code IN "
              + in
              + " OR employee_number IN (SELECT employee_number FROM employee_move"
              + " WHERE from_unit IN "
              + in
              + " OR to_unit IN "
              + in
              + "))";
      for (int i = 0; i < 3; i++) {
        parameters.addAll(unitCodes);
      }
    }
    List<Tenure> tenures = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT employee_number, org_unit_code, fte, hire_date, end_date FROM employee"
            + " WHERE blueprint_id IS NOT NULL"
            + where,
        row ->
            tenures.add(
                new Tenure(
                    row.getString(1),
                    row.getString(2),
                    row.getBigDecimal(3),
                    row.getObject(4, LocalDate.class),
                    row.getObject(5, LocalDate.class))),
        parameters.toArray());
    return tenures;
  }

  @Override
  public List<EmployeeMove> moves(Collection<String> unitCodes) {
    if (unitCodes != null && unitCodes.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>();
    String where = "";
    if (unitCodes != null) {
      String in = "(" + Jdbc.placeholders(unitCodes.size()) + ")";
      where = " WHERE from_unit IN " + in + " OR to_unit IN " + in;
      parameters.addAll(unitCodes);
      parameters.addAll(unitCodes);
    }
    List<EmployeeMove> moves = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT employee_number, from_unit, to_unit, moved_on FROM employee_move"
            + where
            + " ORDER BY moved_on, id",
        row ->
            moves.add(
                new EmployeeMove(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getObject(4, LocalDate.class))),
        parameters.toArray());
    return moves;
  }

  @Override
  public void recordMoves(List<EmployeeMove> moves, Instant at) {
    Jdbc.batch(
        em,
        INSERT_MOVE,
        moves,
        (statement, move) -> {
          statement.setString(1, move.employeeNumber());
          statement.setString(2, move.fromUnit());
          statement.setString(3, move.toUnit());
          statement.setObject(4, move.movedOn());
          Jdbc.setInstant(statement, 5, at);
        });
  }
}
