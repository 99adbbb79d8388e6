package org.cadre.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.web.security.CallerContext;

/** The person using the portal: name and roles for the header and menus, and logging out. */
@Named
@RequestScoped
public class PortalUser {

  @Inject private CallerContext callers;

  public String getName() {
    return callers.caller().username();
  }

  public String getRoles() {
    return callers.caller().roles().stream()
        .map(Role::name)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public boolean isAdmin() {
    return callers.caller().has(Role.ADMIN);
  }

  public boolean isHr() {
    Caller caller = callers.caller();
    return caller.hasAny(Role.HR, Role.ADMIN);
  }

  /** Whether cost and salary figures are shown: HR, leadership and administrators only. */
  public boolean isSeesCost() {
    return callers.caller().hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN);
  }

  /** Whether the caller plans (makes and promotes scenarios): managers, HR and administrators. */
  public boolean isPlanner() {
    return callers.caller().hasAny(Role.MANAGER, Role.HR, Role.ADMIN);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    // the session first: once logged out, Liberty refuses access to the user's session
    external.invalidateSession();
    ((HttpServletRequest) external.getRequest()).logout();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
