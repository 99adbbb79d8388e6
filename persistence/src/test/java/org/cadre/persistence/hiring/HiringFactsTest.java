package org.cadre.persistence.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.persistence.hiring.HiringFixture.DAY0;
import static org.cadre.persistence.hiring.HiringFixture.day;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.FillFact;
import org.cadre.domain.hiring.FunnelFacts;
import org.cadre.domain.hiring.HireFact;
import org.cadre.domain.hiring.HiringScope;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferTerms;
import org.cadre.domain.hiring.OpenFact;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The database counts what hiring metrics need by the domain's rules. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class HiringFactsTest {

  private static final Quarter Q1 = new Quarter(2027, 1);

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private HiringFixture fixture;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    fixture = new HiringFixture(jpa);
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private static HiringScope all(Instant from, Instant to) {
    return new HiringScope(null, null, null, from, to);
  }

  /** The five shapes of the domain's FunnelFactsTest, and one more moving back and forth. */
  private List<Long> applications(long requisition) {
    return List.of(
        fixture.application(
            requisition,
            0,
            "Screen",
            2,
            "Technical interview",
            5,
            "Panel",
            9,
            "Offer",
            12,
            "hired",
            14),
        fixture.application(requisition, 0, "Screen", 1, "rejected", 4),
        fixture.application(requisition, 0, "Panel", 3, "rejected", 5),
        fixture.application(
            requisition, 0, "Screen", 1, "Technical interview", 2, "Screen", 3, "withdrawn", 6),
        fixture.application(requisition, 0),
        fixture.application(
            requisition,
            0.5,
            "Screen",
            1.25,
            "Panel",
            2.75,
            "Technical interview",
            3.5,
            "Panel",
            7));
  }

  @Test
  void theFunnelCountedByTheDatabaseIsTheFunnelCountedInMemory() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    List<Long> ids = applications(requisition);
    List<Application> loaded =
        jpa.inTransaction(
            em ->
                ids.stream()
                    .map(id -> new JpaApplicationRepository(em).find(id).orElseThrow())
                    .toList());

    FunnelFacts counted =
        jpa.inTransaction(em -> new JdbcHiringFacts(em).funnel(all(day(-1), day(30))));

    assertThat(counted.funnel()).isEqualTo(FunnelFacts.of(loaded).funnel());
    assertThat(counted.funnel().get(0).entered()).isEqualTo(6);
  }

  @Test
  void theScopeFiltersByUnitBlueprintRequisitionAndPeriodOfApplication() {
    long platform = fixture.openRequisition("ENG-PLAT", null);
    long data = fixture.openRequisition("ENG-DATA", null);
    fixture.application(platform, 0);
    fixture.application(platform, 10);
    fixture.application(data, 0);

    assertThat(entered(new HiringScope(Set.of("ENG-PLAT"), null, null, day(-1), day(30))))
        .isEqualTo(2);
    assertThat(entered(new HiringScope(Set.of(), null, null, day(-1), day(30)))).isZero();
    assertThat(entered(new HiringScope(null, fixture.blueprint, null, day(-1), day(30))))
        .isEqualTo(3);
    assertThat(entered(new HiringScope(null, fixture.blueprint + 1, null, day(-1), day(30))))
        .isZero();
    assertThat(entered(new HiringScope(null, null, data, day(-1), day(30)))).isEqualTo(1);
    assertThat(entered(all(day(5), day(30)))).isEqualTo(1);
    assertThat(entered(all(day(-1), day(10)))).isEqualTo(2);
  }

  private long entered(HiringScope scope) {
    return jpa.inTransaction(em -> new JdbcHiringFacts(em).funnel(scope)).funnel().get(0).entered();
  }

  @Test
  void fillsHiresAndAnswersAreThoseOfThePeriod() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long declined = fixture.application(requisition, 1, "Offer", 5);
    long accepted = fixture.application(requisition, 2, "Offer", 6);
    jpa.run(
        em -> {
          JpaApplicationRepository applications = new JpaApplicationRepository(em);
          JpaOfferRepository offers = new JpaOfferRepository(em);
          Offer no = offer(applications.find(declined).orElseThrow());
          no.decline("Counter-offer", day(8));
          offers.add(no);
          Offer yes = offer(applications.find(accepted).orElseThrow());
          yes.accept(day(9));
          offers.add(yes);
          Requisition r = new JpaRequisitionRepository(em).find(requisition).orElseThrow();
          r.hold(day(3));
          r.reopen(day(4));
          r.offerAccepted(day(9));
          r.fill("H1", DAY0.plusDays(20), day(9));
        });

    List<FillFact> fills =
        jpa.inTransaction(em -> new JdbcHiringFacts(em).fills(all(day(0), day(10))));
    assertThat(fills).containsExactly(new FillFact(day(0), day(9), 86_400));
    assertThat(
            jpa.<List<FillFact>>inTransaction(
                em -> new JdbcHiringFacts(em).fills(all(day(10), day(20)))))
        .isEmpty();
    List<HireFact> hires =
        jpa.inTransaction(em -> new JdbcHiringFacts(em).hires(all(day(0), day(10))));
    assertThat(hires).hasSize(1);
    assertThat(hires.get(0).appliedAt()).isEqualTo(day(2));
    assertThat(hires.get(0).source()).isIn((Object[]) CandidateSource.values());
    assertThat(
            jpa.<long[]>inTransaction(
                em -> new JdbcHiringFacts(em).offerAnswers(all(day(0), day(10)))))
        .containsExactly(1, 1);
    assertThat(
            jpa.<long[]>inTransaction(
                em -> new JdbcHiringFacts(em).offerAnswers(all(day(8.5), day(10)))))
        .containsExactly(1, 0);
    assertThat(
            jpa.<Map<String, Long>>inTransaction(
                em ->
                    new JdbcHiringFacts(em)
                        .hiresStarted(null, DAY0.plusDays(1), DAY0.plusDays(20))))
        .containsExactly(Map.entry("ENG-PLAT", 1L));
    assertThat(
            jpa.<Map<String, Long>>inTransaction(
                em ->
                    new JdbcHiringFacts(em)
                        .hiresStarted(Set.of("ENG-DATA"), DAY0, DAY0.plusDays(90))))
        .isEmpty();
  }

  private static Offer offer(Application application) {
    Offer offer =
        Offer.propose(
            application,
            new OfferTerms(
                Level.SENIOR, BigDecimal.ONE, DAY0.plusDays(20), new BigDecimal("90000")),
            new BigDecimal("100000"),
            "hr",
            day(7));
    offer.approve(true, false, "hr", day(7));
    return offer;
  }

  @Test
  void openRequisitionsAreCountedPerUnitOnTheDay() {
    fixture.openRequisition("ENG-PLAT", null);
    fixture.openRequisition("ENG-PLAT", null);
    fixture.openRequisition("ENG-DATA", null);

    assertThat(
            jpa.<Map<String, Long>>inTransaction(
                em -> new JdbcHiringFacts(em).openRequisitions(null, Q1, DAY0)))
        .containsOnly(Map.entry("ENG-PLAT", 2L), Map.entry("ENG-DATA", 1L));
    assertThat(
            jpa.<Map<String, Long>>inTransaction(
                em ->
                    new JdbcHiringFacts(em)
                        .openRequisitions(Set.of("ENG-DATA"), Q1, DAY0.minusDays(1))))
        .isEmpty();
    assertThat(
            jpa.<Map<String, Long>>inTransaction(
                em -> new JdbcHiringFacts(em).openRequisitions(null, Q1.previous(), DAY0)))
        .isEmpty();
  }

  @Test
  void requisitionsOpenOnTheDayAreThoseApprovedByThenAndNotCancelled() {
    fixture.openRequisition("ENG-PLAT", null);
    long cancelled = fixture.openRequisition("ENG-PLAT", null);
    fixture.openRequisition("ENG-DATA", null);
    jpa.run(
        em ->
            new JpaRequisitionRepository(em)
                .find(cancelled)
                .orElseThrow()
                .cancel("No longer needed", day(10), DAY0.plusDays(10)));

    assertThat(openOn(null, DAY0.plusDays(5))).hasSize(3);
    assertThat(openOn(null, DAY0.plusDays(20)))
        .hasSize(2)
        .allSatisfy(
            fact -> {
              assertThat(fact.openFrom()).isEqualTo(DAY0);
              assertThat(fact.fte()).isEqualByComparingTo(BigDecimal.ONE);
            });
    assertThat(openOn(Set.of("ENG-DATA"), DAY0.plusDays(20))).hasSize(1);
    assertThat(openOn(Set.of(), DAY0.plusDays(20))).isEmpty();
    assertThat(openOn(null, DAY0.minusDays(1))).isEmpty();
  }

  private List<OpenFact> openOn(Set<String> units, java.time.LocalDate day) {
    return jpa.inTransaction(em -> new JdbcHiringFacts(em).openOn(units, day));
  }
}
