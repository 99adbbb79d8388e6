package org.cadre.services.planning;

import java.util.Arrays;

/** What the audit trail records about a plan version, and how its history names it. */
enum PlanEvent {
  CREATED("plan.created", "Created"),
  LINES_CHANGED("plan.lines-changed", "Changed"),
  SUBMITTED("plan.submitted", "Submitted"),
  APPROVED("plan.approved", "Approved"),
  REJECTED("plan.rejected", "Rejected"),
  VERSION_STARTED("plan.version-started", "New version started"),
  SUPERSEDED("plan.superseded", "Superseded"),
  PROMOTED("plan.promoted", "Promoted from a scenario");

  /** The audit trail's subject type for plan versions; the subject id is the version's id. */
  static final String SUBJECT = "headcount-plan";

  private final String action;
  private final String label;

  PlanEvent(String action, String label) {
    this.action = action;
    this.label = label;
  }

  String action() {
    return action;
  }

  static String label(String action) {
    return Arrays.stream(values())
        .filter(e -> e.action.equals(action))
        .map(e -> e.label)
        .findFirst()
        .orElse(action);
  }
}
