package org.cadre.services.planning;

import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.people.OrgScope;

/**
 * Who may change and who may decide a unit's plans: a manager plans the units they manage and those
 * below them (HR and administrators plan every unit); leadership, or the manager of a unit above,
 * approves or rejects.
 */
final class PlanRights {

  private PlanRights() {}

  /** Whether the caller may change plans of the unit: a manager of it or above, HR or admin. */
  static boolean mayEdit(Caller caller, OrgScope scope, String unitCode) {
    return caller.hasAny(Role.HR, Role.ADMIN)
        || (caller.has(Role.MANAGER) && scope.isVisible(unitCode));
  }

  /** Whether the caller may approve or reject plans of the unit: leadership or a manager above. */
  static boolean mayDecide(Caller caller, OrgScope scope, String unitCode) {
    return caller.has(Role.LEADERSHIP)
        || (caller.has(Role.MANAGER) && scope.managesAbove(unitCode));
  }

  static void requireEditor(Caller caller, OrgScope scope, String unitCode) {
    if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
      throw new AccessDeniedException(
          "Plans are changed by the managers of their units, HR and administrators; your roles"
              + " let you read them.");
    }
    if (!mayEdit(caller, scope, unitCode)) {
      throw new AccessDeniedException(
          "You may plan the units you manage and the units below them only; "
              + unitCode
              + " is not one of them.");
    }
  }

  static void requireDecider(Caller caller, OrgScope scope, String unitCode) {
    if (!mayDecide(caller, scope, unitCode)) {
      throw new AccessDeniedException(
          "A plan is approved or rejected by leadership or by the manager of a unit above "
              + unitCode
              + "; you are neither.");
    }
  }
}
