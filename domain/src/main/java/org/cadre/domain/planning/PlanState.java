package org.cadre.domain.planning;

/** Where a unit's plan stands: the newest version's id and status, as roll-ups show them. */
public record PlanState(long planId, PlanStatus status) {}
