package org.cadre.web.security;

import java.io.Serializable;

/**
 * Who logged in to the portal, kept in the HTTP session, with the stamp of the password they used:
 * a new password ends the session ({@link SignIns#session}).
 */
record SessionIdentity(String username, String passwordStamp) implements Serializable {

  static final String ATTRIBUTE = "cadre.identity";
}
