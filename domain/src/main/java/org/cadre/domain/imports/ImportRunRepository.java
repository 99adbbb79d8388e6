package org.cadre.domain.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** Import runs and the problems they found. */
public interface ImportRunRepository {

  Optional<ImportRun> find(long id);

  /** Stores a new run, with its progress: none yet, and no server running it. */
  void store(ImportRun run);

  ImportProgress progress(long runId);

  /** The progress of each run, by id. */
  Map<Long, ImportProgress> progress(Collection<Long> runIds);

  /** Runs newest first. */
  Page<ImportRun> history(PageRequest page);

  /** The newest dry run of a file with this checksum that found what it would change. */
  Optional<ImportRun> latestDryRun(ImportKind kind, String checksum);

  /**
   * A stamp of the data imports check rows against (org units, employees, assessments, the
   * competency catalogue and the blueprints): it changes whenever any of them is written.
   */
  String dataStamp();

  /**
   * Runs a server starting up is to take up: those not finished that it was running when it
   * stopped, that nobody runs, or whose server has not been heard of since the time given (it
   * stopped, and may never come back). The unfinished runs of other servers still at work are
   * theirs.
   */
  List<ImportRun> unfinished(String server, Instant silentSince);

  /**
   * Takes an unfinished run for the server, heard of at the time given, on the terms of {@link
   * #unfinished}; false when another server has it, for instance one starting at the same moment
   * that took it first. Holds the run until the caller's transaction ends.
   */
  boolean claim(long runId, String server, Instant at, Instant silentSince);

  /**
   * Records how far a run is and that its server was heard of at the time given; a transaction
   * holding the run may still end it.
   */
  void progress(long runId, int done, int total, Instant at);

  /** Records problems of a run, continuing the run's numbering. */
  void addProblems(long runId, List<ImportProblem> problems);

  /**
   * A run's problems in the order they were found (by row).
   *
   * @param contains only problems whose column, value or reason contains this text, ignoring case;
   *     null for all
   */
  List<ImportProblem> problems(long runId, String contains, int offset, int limit);

  /** How many problems {@link #problems} would give without paging. */
  int countProblems(long runId, String contains);

  /** How many rows have problems: the rows a commit skipping invalid rows leaves out. */
  int problemRows(long runId);
}
