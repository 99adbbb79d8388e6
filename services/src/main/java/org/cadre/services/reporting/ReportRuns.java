package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cadre.domain.reporting.ReportFile;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.domain.reporting.ReportRunRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.RefusalsRollBack;
import org.cadre.services.common.ServiceException;

/**
 * The state of report runs, each change in a transaction of its own: a pack's progress shows while
 * it is made, and a failure never takes the record of the run with it.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = ServiceException.class)
@RefusalsRollBack
public class ReportRuns {

  private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());

  private ReportRunRepository runs;
  private ReportSettings settings;
  private AuditTrail audit;

  protected ReportRuns() {
    // for CDI
  }

  @Inject
  public ReportRuns(ReportRunRepository runs, ReportSettings settings, AuditTrail audit) {
    this.runs = runs;
    this.settings = settings;
    this.audit = audit;
  }

  /** Records a pack asked for, to be made by this server. */
  public ReportRun create(Caller caller, ReportRequest request, Long scheduleId) {
    long id = runs.add(request, caller.username(), Instant.now(), scheduleId, settings.serverId());
    audit.record(
        caller,
        "report.requested",
        "report-run",
        Long.toString(id),
        request.kind()
            + " pack of "
            + (request.unitCode() == null ? "the organisation" : request.unitCode())
            + " for "
            + request.first()
            + " to "
            + request.last()
            + ", "
            + request.scenario()
            + ", "
            + request.format().extension()
            + (scheduleId == null ? "" : ", from schedule " + scheduleId));
    return find(id).orElseThrow();
  }

  public Optional<ReportRun> find(long id) {
    return runs.find(id);
  }

  public List<ReportRun> requestedBy(String username, int limit) {
    return runs.requestedBy(username, limit);
  }

  public void running(long id) {
    runs.running(id, settings.serverId(), Instant.now());
  }

  public void progress(long id, int percent) {
    runs.progress(id, percent, Instant.now());
  }

  public void done(long id, ReportFile file, Integer pages) {
    runs.done(id, file, pages, Instant.now());
  }

  public void failed(long id, String error) {
    runs.failed(id, error, Instant.now());
  }

  public Optional<ReportFile> file(long id) {
    return runs.file(id);
  }

  /**
   * Takes over the packs this server was making when it stopped, and those of servers silent for
   * longer than the lease; they are made again from the start.
   *
   * @return the runs to make again
   */
  public List<Long> interrupted() {
    Instant now = Instant.now();
    Instant silentSince = now.minus(settings.lease());
    List<Long> resumed =
        runs.unfinished(settings.serverId(), silentSince).stream()
            .filter(id -> runs.claim(id, settings.serverId(), now, silentSince))
            .toList();
    if (!resumed.isEmpty()) {
      LOG.info(
          () ->
              "CADRE0042I: "
                  + resumed.size()
                  + " report packs were being made when the server stopped; they are made again: "
                  + resumed);
    }
    return resumed;
  }

  /** Deletes the packs finished longer ago than the retention period. */
  public int expire() {
    int deleted = runs.deleteFinishedBefore(Instant.now().minus(settings.retention()));
    if (deleted > 0) {
      audit.record(
          Caller.system(),
          "report.expired",
          "report-run",
          "-",
          deleted + " packs older than " + settings.retention().toDays() + " days deleted.");
    }
    return deleted;
  }
}
