package org.cadre.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;

/** The caller of the current request, as the services expect it. */
@RequestScoped
public class CallerContext {

  @Inject private SecurityContext security;

  public Caller caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new AccessDeniedException("Please log in.");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Caller(principal.getName(), roles);
  }
}
