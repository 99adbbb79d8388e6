package org.cadre.services.planning;

import java.time.Instant;

/** One entry of a plan's history: who did what when, with old and new values. */
public record PlanEventView(Instant at, String actor, String action, int version, String details) {}
