package org.cadre.domain.reporting;

/** Which units get a page of their own in a pack. */
public enum UnitDetail {
  /** Divisions and departments. */
  DEPARTMENTS,
  /** Divisions, departments and teams. */
  TEAMS
}
