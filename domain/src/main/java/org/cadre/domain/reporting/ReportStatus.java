package org.cadre.domain.reporting;

/** Where the making of a pack stands. */
public enum ReportStatus {
  /** Asked for, waiting for a server to make it. */
  QUEUED,
  /** Being made. */
  RUNNING,
  /** Made: its file can be downloaded until the retention period ends. */
  DONE,
  /** Not made; the error says why. */
  FAILED;

  public boolean isFinal() {
    return this == DONE || this == FAILED;
  }
}
