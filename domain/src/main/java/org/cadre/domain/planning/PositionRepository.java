package org.cadre.domain.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Positions: the planned seats of each unit, blueprint and level, numbered 1, 2, 3... A line
 * planning 2.5 FTE holds the first three. A position keeps its id across quarters, versions and
 * scenarios, so a requisition and a hire can name it.
 */
public interface PositionRepository {

  /** The ids of the first {@code count} positions of each seat, creating those missing. */
  Map<SeatKey, List<Long>> ensure(Map<SeatKey, Integer> counts);

  /** The ids of every position of the seats, by ordinal. */
  Map<SeatKey, List<Long>> of(Collection<SeatKey> seats);

  /** The seat a position belongs to, if there is such a position. */
  Optional<SeatKey> seat(long positionId);

  /** Records that a hire fills the position from their first day. */
  void fill(long positionId, String employeeNumber, LocalDate from);
}
