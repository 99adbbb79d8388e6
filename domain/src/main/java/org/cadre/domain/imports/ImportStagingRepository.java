package org.cadre.domain.imports;

import java.time.Instant;
import java.util.List;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.EmployeeRecord;

/**
 * Where a commit keeps its changes until it applies them. Staging goes in chunks, each in a
 * transaction together with the run's checkpoint, so that a commit stopped midway resumes from its
 * last checkpoint; applying moves everything staged into the real tables in one transaction, so
 * that the organisation's data never holds half an import.
 */
public interface ImportStagingRepository {

  /**
   * Stages one chunk of a run's changes.
   *
   * @param chunk how many changes of the run were staged before this chunk: its name, under which
   *     it can be staged only once
   */
  void stageUnits(long runId, int chunk, List<Staged<OrgUnitRecord>> units);

  /** Stages one chunk of a run's changes, as {@link #stageUnits} does. */
  void stageEmployees(long runId, int chunk, List<Staged<EmployeeRecord>> employees);

  /** Stages one chunk of a run's changes, as {@link #stageUnits} does. */
  void stageAssessments(long runId, int chunk, List<Staged<AssessmentRecord>> assessments);

  /** Stages candidates to create, and stored ones (by id) to update. */
  void stageCandidates(long runId, int chunk, List<Staged<CandidateRecord>> candidates);

  /**
   * Records how many changes of the run are staged, and that its server is at work. The progress
   * the run shows becomes the checkpoint before this one, which is already stored: never more than
   * a restart would resume from.
   *
   * @throws IllegalStateException if the run is no longer applying (another server ended it), so
   *     that the chunk staged with it is rolled back
   */
  void checkpoint(long runId, int staged);

  /** How many changes of the run are staged, as of its last checkpoint. */
  int checkpoint(long runId);

  /**
   * Creates and updates the records staged for the run, stamped with the time, and deletes them
   * from staging; in the caller's transaction.
   */
  void apply(long runId, Instant at);

  /** Deletes what is staged for the run and resets its checkpoint. */
  void clear(long runId);
}
