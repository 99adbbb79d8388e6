package org.cadre.domain.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Who was where when: people's tenures and their moves between units, for headcount bridges. */
public interface WorkforceHistory {

  /**
   * The people holding a blueprint who belong to the units now or moved into or out of them.
   *
   * @param unitCodes null for every unit
   */
  List<Tenure> tenures(Collection<String> unitCodes);

  /**
   * The moves into, out of or between the units, oldest first.
   *
   * @param unitCodes null for every unit
   */
  List<EmployeeMove> moves(Collection<String> unitCodes);

  /** Records moves that happened without an import or an edit to tell of them (demo data). */
  void recordMoves(List<EmployeeMove> moves, Instant at);
}
