package org.cadre.services.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.services.common.AccessDeniedException;

/**
 * Who is calling a service: a user and their roles. The web layer builds it from the authenticated
 * request; background work carries the user who started it.
 */
public record Caller(String username, Set<Role> roles) {

  private static final Caller SYSTEM = new Caller("system", EnumSet.of(Role.ADMIN));

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Cadre itself, for work no person started (start-up, demo data). */
  public static Caller system() {
    return SYSTEM;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... anyOf) {
    return Arrays.stream(anyOf).anyMatch(roles::contains);
  }

  /**
   * Refuses the call unless the caller has one of the roles.
   *
   * @param action what the caller tried, for the message, e.g. "publish blueprints"
   */
  public void require(String action, Role... anyOf) {
    if (!hasAny(anyOf)) {
      throw new AccessDeniedException(
          "Your roles do not allow you to "
              + action
              + "; it needs "
              + Arrays.stream(anyOf).map(Role::name).collect(Collectors.joining(" or "))
              + ".");
    }
  }
}
