package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.PositionRepository;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.Jdbc;

/** Positions in table {@code plan_position}, one row per seat and ordinal. */
@ApplicationScoped
public class JdbcPositionRepository implements PositionRepository {

  /**
   * Two plans of a unit may add the same seat at once: the later insert waits for the earlier
   * transaction and, once it has committed, skips the positions it made; {@link #ensure} then reads
   * them back.
   */
  private static final String INSERT =
      "INSERT INTO plan_position (id, seat, ordinal, org_unit_code, blueprint_id, level,"
          + " created_at) VALUES (nextval('plan_position_seq'), ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  /** Seats asked for in one query. */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcPositionRepository() {
    // for CDI
  }

  public JdbcPositionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<SeatKey, List<Long>> ensure(Map<SeatKey, Integer> counts) {
    Map<SeatKey, List<Long>> known = of(counts.keySet());
    record Missing(SeatKey seat, int ordinal) {}
    List<Missing> missing = new ArrayList<>();
    counts.forEach(
        (seat, count) -> {
          for (int ordinal = known.get(seat).size() + 1; ordinal <= count; ordinal++) {
            missing.add(new Missing(seat, ordinal));
          }
        });
    Instant now = Instant.now();
    Jdbc.batch(
        em,
        INSERT,
        missing,
        (statement, m) -> {
          statement.setString(1, m.seat().text());
          statement.setInt(2, m.ordinal());
          statement.setString(3, m.seat().unitCode());
          statement.setLong(4, m.seat().blueprintId());
          Jdbc.set(
              statement,
              5,
              m.seat().level() == null ? null : m.seat().level().name(),
              Types.VARCHAR);
          Jdbc.setInstant(statement, 6, now);
        });
    Map<SeatKey, List<Long>> all = missing.isEmpty() ? known : of(counts.keySet());
    Map<SeatKey, List<Long>> first = new LinkedHashMap<>();
    counts.forEach((seat, count) -> first.put(seat, List.copyOf(all.get(seat).subList(0, count))));
    return first;
  }

  @Override
  public Map<SeatKey, List<Long>> of(Collection<SeatKey> seats) {
    Map<String, SeatKey> byText = new HashMap<>();
    Map<SeatKey, List<Long>> ids = new LinkedHashMap<>();
    for (SeatKey seat : seats) {
      byText.put(seat.text(), seat);
      ids.put(seat, new ArrayList<>());
    }
    if (seats.isEmpty()) {
      return ids;
    }
    List<String> texts = new ArrayList<>(byText.keySet());
    for (int from = 0; from < texts.size(); from += CHUNK) {
      List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
      Jdbc.query(
          em,
          "SELECT seat, id FROM plan_position WHERE seat IN ("
              + Jdbc.placeholders(chunk.size())
              + ") ORDER BY seat, ordinal",
          row -> ids.get(byText.get(row.getString(1))).add(row.getLong(2)),
          chunk.toArray());
    }
    return ids;
  }

  @Override
  public Optional<SeatKey> seat(long positionId) {
    List<SeatKey> seats = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT org_unit_code, blueprint_id, level FROM plan_position WHERE id = ?",
        row ->
            seats.add(
                new SeatKey(
                    row.getString(1),
                    row.getLong(2),
                    row.getString(3) == null ? null : Level.valueOf(row.getString(3)))),
        positionId);
    return seats.stream().findFirst();
  }

  @Override
  public void fill(long positionId, String employeeNumber, LocalDate from) {
    Jdbc.execute(
        em,
        "UPDATE plan_position SET filled_by = ?, filled_on = ? WHERE id = ?",
        employeeNumber,
        from,
        positionId);
  }
}
