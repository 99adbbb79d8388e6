package org.cadre.domain.planning;

import java.time.Instant;

/**
 * Which plan workbooks each person has dry-run, by the file's SHA-256 checksum: a commit of a plan
 * workbook must be of a file its committer dry-ran.
 */
public interface PlanImportDryRuns {

  /** Records that the user dry-ran the file; recording it again changes nothing. */
  void record(String checksum, String username, Instant at);

  boolean exists(String checksum, String username);
}
