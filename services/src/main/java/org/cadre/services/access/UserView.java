package org.cadre.services.access;

import java.util.Set;
import org.cadre.domain.access.Role;

/** A user account as administrators see it: never its password hash. */
public record UserView(String username, Set<Role> roles, boolean enabled) {}
