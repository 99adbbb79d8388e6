package org.cadre.persistence.testing;

/** The databases Cadre runs on; tests that touch storage run on each. */
public enum DatabaseKind {
  H2,
  POSTGRESQL
}
