package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.domain.access.Role;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.InterviewRepository;
import org.cadre.domain.hiring.Requisition;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * Who may do what in hiring. HR and administrators run every requisition; leadership reads them all
 * and approves; a manager sees and runs the requisitions of their subtree and approves those below
 * the units they manage; an interviewer (a portal user who is an employee) sees only the
 * applications they interview for. Needs a transaction.
 */
@ApplicationScoped
public class HiringAccess {

  private OrgScopes scopes;
  private InterviewRepository interviews;

  protected HiringAccess() {
    // for CDI
  }

  @Inject
  public HiringAccess(OrgScopes scopes, InterviewRepository interviews) {
    this.scopes = scopes;
    this.interviews = interviews;
  }

  /** What one caller may do, with their org scope. */
  public final class Rights {

    private final Caller caller;
    private final OrgScope scope;

    private Rights(Caller caller) {
      this.caller = caller;
      this.scope = scopes.of(caller);
    }

    public Caller caller() {
      return caller;
    }

    public OrgScope scope() {
      return scope;
    }

    /** HR or an administrator: runs every requisition and holds candidates' data. */
    public boolean isHr() {
      return caller.hasAny(Role.HR, Role.ADMIN);
    }

    /** Whether the caller sees salaries. */
    public boolean seesSalaries() {
      return caller.hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN);
    }

    /** Whether the caller sees the requisition: HR, leadership, or a manager of its unit. */
    public boolean sees(Requisition requisition) {
      return isHr() || caller.has(Role.LEADERSHIP) || runs(requisition);
    }

    /** Whether the caller runs the requisition: HR, or a manager of its unit or above. */
    public boolean runs(Requisition requisition) {
      return isHr() || (caller.has(Role.MANAGER) && scope.isVisible(requisition.unitCode()));
    }

    /** Whether the caller reads the application: who sees its requisition, or interviews it. */
    public boolean sees(Application application, Requisition requisition) {
      return sees(requisition) || interviews(application);
    }

    public boolean interviews(Application application) {
      return interviews.isInterviewer(application.id(), caller.username());
    }

    /** Whether the caller reviews the application's scorecards: HR or the hiring manager. */
    public boolean reviews(Requisition requisition) {
      return isHr() || requisition.hiringManager().equals(caller.username());
    }

    public void requireSees(Requisition requisition) {
      if (!sees(requisition)) {
        throw outside(requisition);
      }
    }

    public void requireRuns(Requisition requisition) {
      requireSees(requisition);
      if (!runs(requisition)) {
        throw new AccessDeniedException(
            "Requisitions are run by HR and the managers of their units; you may read "
                + requisition.describe()
                + " only.");
      }
    }

    public void requireSees(Application application, Requisition requisition) {
      if (!sees(application, requisition)) {
        throw new AccessDeniedException(
            "You may see the applications of the units you manage and those you interview for;"
                + " application "
                + application.id()
                + " is neither.");
      }
    }

    public void requireHr(String action) {
      caller.require(action, Role.HR, Role.ADMIN);
    }

    private AccessDeniedException outside(Requisition requisition) {
      return new AccessDeniedException(
          "You may see the requisitions of the units you manage and the units below them only; "
              + requisition.describe()
              + " is not one of them.");
    }
  }

  public Rights of(Caller caller) {
    return new Rights(caller);
  }
}
