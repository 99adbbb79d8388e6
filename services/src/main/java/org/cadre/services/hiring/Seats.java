package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.planning.PositionRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.planning.PlanningData;

/**
 * The plan's seats as requisitions meet them: a seat's figures in a quarter of the baseline plan
 * (as the planning grid shows them), and its planned positions, taken from the last one down so the
 * people in post keep the first ones. Needs a transaction.
 */
@ApplicationScoped
class Seats {

  private PlanningData data;
  private PositionRepository positions;
  private RequisitionRepository requisitions;

  protected Seats() {
    // for CDI
  }

  @Inject
  Seats(PlanningData data, PositionRepository positions, RequisitionRepository requisitions) {
    this.data = data;
    this.positions = positions;
    this.requisitions = requisitions;
  }

  /** The seat's planned, actual and open FTE in the quarter. */
  SeatFigures figures(SeatKey seat, Quarter quarter) {
    return data.figures(Scenarios.BASELINE, Set.of(seat.unitCode()), List.of(quarter))
        .get(quarter)
        .seats(seat.unitCode())
        .getOrDefault(seat, SeatFigures.NONE);
  }

  /** The last planned position of the seat that no requisition holds, if there is one. */
  Optional<Long> freePosition(SeatKey seat, BigDecimal plannedFte) {
    int planned = plannedFte.setScale(0, RoundingMode.CEILING).intValueExact();
    if (planned == 0) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>(positions.ensure(Map.of(seat, planned)).get(seat));
    Set<Long> held = requisitions.positionsHeld(ids);
    Collections.reverse(ids);
    return ids.stream().filter(id -> !held.contains(id)).findFirst();
  }

  /** Refuses a position that is not one of the seat's, or that a requisition holds. */
  void requireFree(long positionId, SeatKey seat) {
    Optional<SeatKey> of = positions.seat(positionId);
    if (of.isEmpty() || !of.get().equals(seat)) {
      throw InvalidInputException.of(
          "positionId",
          positionId,
          "is not a position of this seat (unit, blueprint and level) in the plan");
    }
    if (!requisitions.positionsHeld(List.of(positionId)).isEmpty()) {
      throw new ConflictException(
          "Position " + positionId + " is held by another requisition; open one for another seat.");
    }
  }
}
