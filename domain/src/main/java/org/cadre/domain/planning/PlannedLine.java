package org.cadre.domain.planning;

/** A line of the newest version of a unit's plan for a quarter, as roll-ups read them. */
public record PlannedLine(String unitCode, Quarter period, PlanLineRecord line) {}
