package org.cadre.domain.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Headcount plans and all their versions, as stored. */
public interface HeadcountPlanRepository {

  Optional<HeadcountPlan> find(long id);

  /** The newest version of the plan of the unit for the quarter in the scenario. */
  Optional<HeadcountPlan> newest(String unitCode, Quarter period, String scenario);

  /** Every version of the plan, oldest first. */
  List<HeadcountPlan> versions(String unitCode, Quarter period, String scenario);

  /**
   * The newest versions of the plans of a scenario for a range of quarters, by unit and quarter;
   * their lines are read in one more query when first used.
   *
   * @param unitCodes the units to read; null for every unit
   */
  List<HeadcountPlan> newest(
      String scenario, Collection<String> unitCodes, Quarter first, Quarter last);

  /**
   * The state of the newest version of each unit's plan for the quarter, by unit code, read without
   * loading the plans.
   *
   * @param unitCodes the units to read; null for every unit
   */
  Map<String, PlanState> newestStates(
      String scenario, Collection<String> unitCodes, Quarter period);

  /**
   * The lines of the newest plan versions of a scenario for a range of quarters, read without
   * loading the plans: what roll-ups sum.
   *
   * @param unitCodes the units to read; null for every unit
   */
  List<PlannedLine> newestLines(
      String scenario, Collection<String> unitCodes, Quarter first, Quarter last);

  void add(HeadcountPlan plan);

  /**
   * Writes pending changes now, so that a concurrent change of the same plan fails here as a {@link
   * jakarta.persistence.OptimisticLockException} rather than at commit.
   */
  void flush();
}
