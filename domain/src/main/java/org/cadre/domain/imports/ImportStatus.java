package org.cadre.domain.imports;

/** Where an import run is. Only the last three are final. */
public enum ImportStatus {
  /** Waiting for its job to start. */
  QUEUED,
  /** Reading and checking the file. */
  CHECKING,
  /** Writing to the database, in one transaction. */
  APPLYING,
  /** A dry run that found what the file would change. */
  CHECKED,
  /** A commit whose changes are in the database. */
  APPLIED,
  /** Stopped without changing anything; the message says why. */
  FAILED;

  public boolean isFinal() {
    return this == CHECKED || this == APPLIED || this == FAILED;
  }
}
