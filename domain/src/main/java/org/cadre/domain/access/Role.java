package org.cadre.domain.access;

/** The four roles of Cadre. Their names are also the security role names of the application. */
public enum Role {
  ADMIN,
  HR,
  MANAGER,
  LEADERSHIP
}
