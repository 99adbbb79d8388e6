package org.cadre.services.access;

import java.util.Set;
import org.cadre.domain.access.Role;

/**
 * An enabled account as authentication sees it: its roles now, and a stamp of its password that
 * changes when the password does (a digest of the stored hash, never the hash itself).
 */
public record AccountState(String username, Set<Role> roles, String passwordStamp) {

  public AccountState {
    roles = Set.copyOf(roles);
  }

  public Caller caller() {
    return new Caller(username, roles);
  }
}
