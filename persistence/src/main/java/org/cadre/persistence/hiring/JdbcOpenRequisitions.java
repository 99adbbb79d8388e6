package org.cadre.persistence.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.OpenRequisitions;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.Jdbc;

/**
 * Open FTE per seat summed by the database in one plain SQL query (a projection: planning reads it
 * for every unit of a roll-up), by the rule of {@code Requisition.countsIn}: approved by the day
 * the quarter counts people on, neither cancelled nor started by then, and due to start within the
 * quarter or before it.
 */
@ApplicationScoped
public class JdbcOpenRequisitions implements OpenRequisitions {

  /** Units asked for in one query. */
  private static final int CHUNK = 500;

  private static final String SELECT =
      "SELECT org_unit_code, blueprint_id, level, SUM(fte) FROM requisition"
          + " WHERE open_from <= ? AND (open_until IS NULL OR open_until > ?)"
          + " AND target_start <= ?";

  private static final String GROUP = " GROUP BY org_unit_code, blueprint_id, level";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcOpenRequisitions() {
    // for CDI
  }

  public JdbcOpenRequisitions(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<SeatKey, BigDecimal> openFte(
      Collection<String> unitCodes, Quarter quarter, LocalDate today) {
    LocalDate day = quarter.countedOn(today);
    Map<SeatKey, BigDecimal> open = new HashMap<>();
    Jdbc.RowHandler add =
        row ->
            open.merge(
                new SeatKey(
                    row.getString(1),
                    row.getLong(2),
                    row.getString(3) == null ? null : Level.valueOf(row.getString(3))),
                row.getBigDecimal(4),
                BigDecimal::add);
    if (unitCodes == null) {
      Jdbc.query(em, SELECT + GROUP, add, day, day, quarter.end());
      return open;
    }
    List<String> units = new ArrayList<>(unitCodes);
    for (int from = 0; from < units.size(); from += CHUNK) {
      List<String> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
      List<Object> parameters = new ArrayList<>(List.of(day, day, quarter.end()));
      parameters.addAll(chunk);
      Jdbc.query(
          em,
          SELECT + " AND org_unit_code IN (" + Jdbc.placeholders(chunk.size()) + ")" + GROUP,
          add,
          parameters.toArray());
    }
    return open;
  }
}
