package org.cadre.domain.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Packs asked for, their progress and their files. Progress is written as it happens, each change
 * on its own, so that whoever asks sees a pack move while it is made.
 */
public interface ReportRunRepository {

  /** Records a queued pack, to be made by the given server; returns its id. */
  long add(ReportRequest request, String requestedBy, Instant at, Long scheduleId, String runner);

  Optional<ReportRun> find(long id);

  /** The packs someone asked for (or their schedules did), newest first. */
  List<ReportRun> requestedBy(String username, int limit);

  /** Takes a queued pack into making, by the server. */
  void running(long id, String runner, Instant at);

  /** How far the pack is, 0 to 100. */
  void progress(long id, int percent, Instant at);

  /** Stores the made pack's file and ends it as done. */
  void done(long id, ReportFile file, Integer pages, Instant at);

  /** Ends the pack as failed, saying why. */
  void failed(long id, String error, Instant at);

  Optional<ReportFile> file(long id);

  /**
   * The packs not finished that this server was making, or whose server has not been heard of since
   * the given time.
   */
  List<Long> unfinished(String server, Instant silentSince);

  /**
   * Takes an unfinished pack over for this server, unless another server did so first or its own
   * server has been heard of since the given time.
   */
  boolean claim(long id, String server, Instant at, Instant silentSince);

  /** Deletes the finished packs, and their files, finished before the time; says how many. */
  int deleteFinishedBefore(Instant before);
}
