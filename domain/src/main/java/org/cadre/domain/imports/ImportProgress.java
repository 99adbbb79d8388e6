package org.cadre.domain.imports;

import java.time.Instant;

/**
 * How far an import run is, and which server runs it: written often while the run's job works
 * (progress reports, checkpoints, a starting server taking the run up), so kept apart from the
 * {@link ImportRun}, whose version guards its status and outcome.
 *
 * @param done rows checked, or changes staged, so far
 * @param total rows to check, or changes to stage, in the current step; 0 while unknown
 * @param staged changes staged as of the commit's last checkpoint
 * @param runner the server running the run; null when no server has taken it
 * @param heardOf when that server last reported on it; null when never
 */
public record ImportProgress(int done, int total, int staged, String runner, Instant heardOf) {

  /** A run no server has reported on. */
  public static final ImportProgress NONE = new ImportProgress(0, 0, 0, null, null);
}
