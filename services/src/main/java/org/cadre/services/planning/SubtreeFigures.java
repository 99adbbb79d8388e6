package org.cadre.services.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.planning.PlanState;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.RollUp;
import org.cadre.domain.planning.SeatFigures;
import org.cadre.domain.planning.SeatKey;

/**
 * The planning figures of a subtree over a range of quarters in a scenario, read once: each
 * quarter's roll-up, the state of each unit's own plan, and the blueprints' names. The roll-up API
 * and the workforce pack both take their numbers from here.
 */
public final class SubtreeFigures {

  private final String scenario;
  private final List<Quarter> quarters;
  private final Map<Quarter, QuarterFigures> figures;
  private final Map<Quarter, RollUp> rollUps;
  private final Map<Quarter, Map<String, PlanState>> states;
  private final Map<Long, BlueprintName> names;

  SubtreeFigures(
      String scenario,
      List<Quarter> quarters,
      Map<Quarter, QuarterFigures> figures,
      Map<Quarter, RollUp> rollUps,
      Map<Quarter, Map<String, PlanState>> states,
      Map<Long, BlueprintName> names) {
    this.scenario = scenario;
    this.quarters = List.copyOf(quarters);
    this.figures = figures;
    this.rollUps = rollUps;
    this.states = states;
    this.names = names;
  }

  public String scenario() {
    return scenario;
  }

  public List<Quarter> quarters() {
    return quarters;
  }

  /** The unit's subtree's totals for the quarter against its budget, as the API shows them. */
  public PlanTotals totals(String unitCode, Quarter quarter) {
    RollUp rollUp = rollUps.get(quarter);
    return PlanTotals.of(rollUp.total(unitCode), rollUp.budget(unitCode).orElse(null));
  }

  /** The unit's subtree's seats by blueprint and level, as the API shows them. */
  public List<SeatView> seats(String unitCode, Quarter quarter) {
    return HeadcountService.seats(rollUps.get(quarter).seats(unitCode), names);
  }

  /** The unit's subtree's figures by seat, with the keys naming the unit. */
  public Map<SeatKey, SeatFigures> seatFigures(String unitCode, Quarter quarter) {
    return rollUps.get(quarter).seats(unitCode);
  }

  /** The unit's own seats, without the units below it. */
  public Map<SeatKey, SeatFigures> ownSeats(String unitCode, Quarter quarter) {
    return figures.get(quarter).seats(unitCode);
  }

  /** The newest version of the unit's own plan for the quarter; null when it has none. */
  public PlanState plan(String unitCode, Quarter quarter) {
    return states.get(quarter).get(unitCode);
  }

  /** The units with a plan of their own for the quarter. */
  public Collection<String> plannedUnits(Quarter quarter) {
    return states.get(quarter).keySet();
  }

  public String blueprintTitle(long blueprintId) {
    return PlanLines.title(names, blueprintId);
  }
}
