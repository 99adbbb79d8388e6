package org.cadre.services.planning;

import java.util.List;

/** The roll-up of a unit's subtree over a range of quarters in a scenario. */
public record HeadcountView(
    String orgUnit, String orgUnitName, String scenario, List<QuarterHeadcountView> quarters) {}
