package org.cadre.services.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.cadre.domain.access.Role;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionDraft;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.hiring.JpaRequisitionRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.reports.workforce.HiringSection;
import org.cadre.services.access.Caller;
import org.cadre.services.demo.DemoFixture;
import org.cadre.services.people.OrgScope;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pack's open requisitions by age, from hand-made requisitions in the demo organisation, on a
 * fixed period and day.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PackHiringTest {

  static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));
  static final Quarter Q1 = new Quarter(2027, 1);

  /** The day the pack is made: after the period, so the section counts on the period's last day. */
  static final LocalDate TODAY = LocalDate.parse("2027-05-10");

  static final LocalDate LAST = Q1.end();

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private long blueprint;

  @BeforeEach
  void loadOrganisation() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    DemoFixture.load(jpa, false);
    blueprint = jpa.inTransaction(em -> new JpaRoleBlueprintRepository(em).published().get(0).id());
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  /** A requisition of the unit approved the day given, or a draft when that day is null. */
  private Requisition requisition(String unit, String fte, LocalDate approvedOn) {
    return jpa.inTransaction(
        em -> {
          Requisition r =
              Requisition.draft(
                  new RequisitionDraft(
                      unit,
                      blueprint,
                      1,
                      null,
                      null,
                      new BigDecimal(fte),
                      LAST,
                      "manager",
                      "hr",
                      null,
                      true),
                  "manager",
                  Instant.parse("2026-01-01T09:00:00Z"));
          if (approvedOn != null) {
            Instant at = approvedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
            r.approve("leader", true, at, approvedOn);
            r.open(Pipeline.DEFAULT, at);
          }
          new JpaRequisitionRepository(em).add(r);
          em.flush();
          return r;
        });
  }

  private HiringSection section(String unit) {
    return jpa.inTransaction(
        em -> {
          Services services = Services.on(em);
          OrgScope scope = services.scopes().of(HR);
          PackSubject subject =
              unit == null
                  ? PackSubject.organisation(scope, "Organisation")
                  : PackSubject.unit(scope, scope.unit(unit));
          return new PackHiring(services.hiringMetrics()).section(HR, subject, Q1, Q1, TODAY);
        });
  }

  @Test
  void requisitionsOpenOnThePeriodsLastDayAreCountedByDaysSinceApprovalWithTheirFte() {
    requisition("ENG-PLAT", "1", LAST); // 0 days
    requisition("ENG-DATA", "0.5", LAST.minusDays(29));
    requisition("ENG", "1", LAST.minusDays(30));
    requisition("ENG-PROD", "0.8", LAST.minusDays(89));
    requisition("ENG-PLAT", "1", LAST.minusDays(90));
    requisition("ENG-DATA", "0.6", LAST.minusDays(400));
    // not open on the day: approved after it, a draft, cancelled before it
    requisition("ENG-PLAT", "1", LAST.plusDays(1));
    requisition("ENG-PLAT", "1", null);
    Requisition cancelled = requisition("ENG-DATA", "1", LAST.minusDays(50));
    jpa.run(
        em ->
            new JpaRequisitionRepository(em)
                .find(cancelled.id())
                .orElseThrow()
                .cancel(
                    "Moved to next year",
                    Instant.parse("2027-03-01T09:00:00Z"),
                    LAST.minusDays(30)));
    // outside the pack's unit
    requisition("OPS", "1", LAST.minusDays(10));

    HiringSection eng = section("ENG");

    assertThat(eng.to()).isEqualTo(LAST.toString());
    assertThat(eng.openByAge())
        .extracting(
            HiringSection.AgeBand::fromDays,
            HiringSection.AgeBand::toDays,
            HiringSection.AgeBand::requisitions)
        .containsExactly(tuple(0, 29, 2), tuple(30, 59, 1), tuple(60, 89, 1), tuple(90, null, 2));
    assertThat(eng.openByAge())
        .extracting(HiringSection.AgeBand::fte)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("1.5"),
            new BigDecimal("1"),
            new BigDecimal("0.8"),
            new BigDecimal("1.6"));

    assertThat(section(null).openByAge().get(0).requisitions())
        .as("the whole organisation counts OPS's too")
        .isEqualTo(3);
  }
}
