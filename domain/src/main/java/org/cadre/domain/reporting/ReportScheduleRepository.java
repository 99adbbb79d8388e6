package org.cadre.domain.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Schedules of quarterly packs. */
public interface ReportScheduleRepository {

  /** Records a schedule; returns its id. */
  long add(ReportRequest request, String owner, Instant createdAt, Instant firstRunAt);

  Optional<ReportSchedule> find(long id);

  /** The schedules someone owns, oldest first. */
  List<ReportSchedule> ownedBy(String owner);

  /** The schedules whose next run is due at the time. */
  List<ReportSchedule> due(Instant now);

  /**
   * Moves a due schedule on to its next run, unless another server did so first: the server that
   * moves it makes its pack.
   *
   * @param due the next run the caller found due
   */
  boolean advance(long id, Instant due, Instant next);

  boolean delete(long id);
}
