package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportRunRepository;
import org.cadre.domain.reporting.ReportSchedule;
import org.cadre.domain.reporting.ReportScheduleRepository;
import org.cadre.services.access.AccountState;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;

/**
 * Quarterly packs: a schedule makes the pack of its unit at the start of every quarter, of that
 * quarter and the three after it, for its owner with the rights they hold then. Schedules live in
 * the database, so they outlive restarts; a quarter's pack missed while no server ran is made at
 * the next check.
 */
@ApplicationScoped
@UseCase
public class ReportSchedules {

  private static final Logger LOG = Logger.getLogger(ReportSchedules.class.getName());

  private ReportScheduleRepository schedules;
  private ReportRunRepository runs;
  private PackRequests requests;
  private WorkforcePackAssembler assembler;
  private UserDirectory users;
  private ReportSettings settings;
  private AuditTrail audit;

  protected ReportSchedules() {
    // for CDI
  }

  @Inject
  public ReportSchedules(
      ReportScheduleRepository schedules,
      ReportRunRepository runs,
      PackRequests requests,
      WorkforcePackAssembler assembler,
      UserDirectory users,
      ReportSettings settings,
      AuditTrail audit) {
    this.schedules = schedules;
    this.runs = runs;
    this.requests = requests;
    this.assembler = assembler;
    this.users = users;
    this.settings = settings;
    this.audit = audit;
  }

  /**
   * Schedules the pack the command describes (its quarters aside), first made at the start of the
   * next quarter.
   */
  public ReportScheduleView schedule(Caller caller, WorkforcePackCommand command, Instant now) {
    Quarter next = Quarter.containing(now.atZone(ZoneOffset.UTC).toLocalDate()).next();
    ReportRequest request =
        requests.read(
            new WorkforcePackCommand(
                command.type(),
                command.orgUnit(),
                next.toString(),
                next.toString(),
                command.scenario(),
                command.detail(),
                command.format(),
                command.lang()));
    assembler.subject(caller, request, ReportService.labels(request));
    Instant first = start(next);
    long id = schedules.add(request, caller.username(), now, first);
    audit.record(
        caller,
        "report.scheduled",
        "report-schedule",
        Long.toString(id),
        "Quarterly "
            + request.format().extension()
            + " pack of "
            + (request.unitCode() == null ? "the organisation" : request.unitCode())
            + ", first made "
            + first);
    return ReportScheduleView.of(schedules.find(id).orElseThrow());
  }

  public List<ReportScheduleView> list(Caller caller) {
    return schedules.ownedBy(caller.username()).stream().map(ReportScheduleView::of).toList();
  }

  public void unschedule(Caller caller, long id) {
    ReportSchedule schedule =
        schedules
            .find(id)
            .filter(s -> s.owner().equals(caller.username()))
            .orElseThrow(() -> new NotFoundException("You have no schedule " + id + "."));
    schedules.delete(schedule.id());
    audit.record(caller, "report.unscheduled", "report-schedule", Long.toString(id), "Deleted.");
  }

  /**
   * Asks for the packs of the schedules due at the time, each schedule moved on to the start of the
   * next quarter by exactly one server.
   *
   * @return the runs asked for, for jobs to make
   */
  public List<Long> runDue(Instant now) {
    List<Long> asked = new ArrayList<>();
    for (ReportSchedule schedule : schedules.due(now)) {
      Quarter quarter = Quarter.containing(now.atZone(ZoneOffset.UTC).toLocalDate());
      if (!schedules.advance(schedule.id(), schedule.nextRunAt(), start(quarter.next()))) {
        continue; // another server took it
      }
      Caller owner = users.account(schedule.owner()).map(AccountState::caller).orElse(null);
      if (owner == null) {
        LOG.warning(
            () ->
                "CADRE0043W: schedule "
                    + schedule.id()
                    + " belongs to "
                    + schedule.owner()
                    + ", whose account is gone or disabled; no pack was made.");
        continue;
      }
      ReportRequest template = schedule.request();
      ReportRequest request =
          new ReportRequest(
              template.kind(),
              template.unitCode(),
              quarter,
              quarter.next().next().next(),
              template.scenario(),
              template.detail(),
              template.format(),
              template.language());
      long id = runs.add(request, owner.username(), now, schedule.id(), settings.serverId());
      audit.record(
          owner,
          "report.requested",
          "report-run",
          Long.toString(id),
          "Quarterly pack of schedule " + schedule.id() + " for " + quarter);
      asked.add(id);
    }
    return asked;
  }

  /** Midnight UTC on the quarter's first day. */
  static Instant start(Quarter quarter) {
    return quarter.start().atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
