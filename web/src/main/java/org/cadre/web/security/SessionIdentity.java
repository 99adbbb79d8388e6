package org.cadre.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in to the portal, kept in the HTTP session. */
record SessionIdentity(String username, Set<String> groups) implements Serializable {

  static final String ATTRIBUTE = "cadre.identity";

  SessionIdentity {
    groups = Set.copyOf(groups);
  }
}
