package org.cadre.services.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.cadre.domain.access.Role;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.domain.reporting.ReportStatus;
import org.cadre.persistence.reporting.JdbcReportRuns;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.demo.DemoFixture;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Quarterly packs on the demo organisation, on a clock the tests set. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReportSchedulesTest {

  private static final Caller LEADER = new Caller("leader", EnumSet.of(Role.LEADERSHIP));
  private static final Caller MANAGER = new Caller("manager", EnumSet.of(Role.MANAGER));
  private static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));
  private static final Instant FEBRUARY = Instant.parse("2027-02-10T09:00:00Z");
  private static final WorkforcePackCommand ENGINEERING =
      new WorkforcePackCommand("workforce", "ENG", null, null, null, "teams", "pdf", "de");

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void open() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    DemoFixture.load(jpa, false);
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  private ReportSchedules schedules(jakarta.persistence.EntityManager em) {
    return Services.on(em).reportSchedules(new ReportSettings("server-a"));
  }

  private List<Long> runDue(Instant now) {
    return jpa.inTransaction(em -> schedules(em).runDue(now));
  }

  private ReportRun run(long id) {
    return jpa.inTransaction(em -> new JdbcReportRuns(em).find(id).orElseThrow());
  }

  @Test
  void aPackIsAskedForAtTheStartOfEachQuarterOfThatQuarterAndTheThreeAfter() {
    ReportScheduleView schedule =
        jpa.inTransaction(em -> schedules(em).schedule(LEADER, ENGINEERING, FEBRUARY));

    List<Long> beforeApril = runDue(Instant.parse("2027-03-31T23:59:00Z"));
    List<Long> inApril = runDue(Instant.parse("2027-04-01T00:05:00Z"));
    List<Long> again = runDue(Instant.parse("2027-04-01T00:10:00Z"));
    List<ReportScheduleView> mine = jpa.inTransaction(em -> schedules(em).list(LEADER));

    assertThat(schedule.nextRunAt()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
    assertThat(beforeApril).isEmpty();
    assertThat(inApril).hasSize(1);
    assertThat(again).as("made once").isEmpty();
    ReportRun run = run(inApril.get(0));
    assertThat(run.request().unitCode()).isEqualTo("ENG");
    assertThat(run.request().first()).isEqualTo(new Quarter(2027, 2));
    assertThat(run.request().last()).isEqualTo(new Quarter(2028, 1));
    assertThat(run.request().language()).isEqualTo("de");
    assertThat(run.requestedBy()).isEqualTo("leader");
    assertThat(run.scheduleId()).isEqualTo(schedule.id());
    assertThat(run.status()).isEqualTo(ReportStatus.QUEUED);
    assertThat(mine)
        .extracting(ReportScheduleView::nextRunAt)
        .containsExactly(Instant.parse("2027-07-01T00:00:00Z"));
  }

  @Test
  void quartersMissedWhileNoServerRanGiveOnePackAtTheNextCheck() {
    jpa.inTransaction(em -> schedules(em).schedule(LEADER, ENGINEERING, FEBRUARY));

    List<Long> september = runDue(Instant.parse("2027-09-15T12:00:00Z"));

    assertThat(september).hasSize(1);
    assertThat(run(september.get(0)).request().first()).isEqualTo(new Quarter(2027, 3));
    assertThat(jpa.inTransaction(em -> schedules(em).list(LEADER)).get(0).nextRunAt())
        .isEqualTo(Instant.parse("2027-10-01T00:00:00Z"));
  }

  @Test
  void aManagerSchedulesTheirOwnSubtreeOnlyAndEveryoneStopsTheirOwnSchedulesOnly() {
    WorkforcePackCommand operations =
        new WorkforcePackCommand("workforce", "OPS", null, null, null, null, null, null);
    ReportScheduleView platform =
        jpa.inTransaction(
            em ->
                schedules(em)
                    .schedule(
                        MANAGER,
                        new WorkforcePackCommand(
                            "workforce", "ENG-PLAT", null, null, null, null, "xlsx", null),
                        FEBRUARY));

    assertThatThrownBy(
            () -> jpa.inTransaction(em -> schedules(em).schedule(MANAGER, operations, FEBRUARY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> jpa.run(em -> schedules(em).unschedule(HR, platform.id())))
        .isInstanceOf(NotFoundException.class);
    jpa.run(em -> schedules(em).unschedule(MANAGER, platform.id()));
    List<ReportScheduleView> left = jpa.inTransaction(em -> schedules(em).list(MANAGER));
    assertThat(left).isEmpty();
  }
}
