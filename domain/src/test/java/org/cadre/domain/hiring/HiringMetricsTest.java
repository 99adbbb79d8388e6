package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HiringMetricsTest {

  private static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

  private static Instant day(int days) {
    return T0.plus(Duration.ofDays(days));
  }

  @Test
  void timeToFillRunsFromApprovalToAcceptedOfferAndNetOfHoldDays() {
    List<FillFact> fills =
        List.of(
            new FillFact(day(0), day(30), Duration.ofDays(5).getSeconds()),
            new FillFact(day(0), day(10), 0),
            new FillFact(day(0), day(50), Duration.ofDays(20).getSeconds()));

    TimeToFill time = HiringMetrics.timeToFill(fills);

    // gross 10, 30, 50; net 10, 25, 30
    assertThat(time.median()).isEqualByComparingTo("30");
    assertThat(time.p90()).isEqualByComparingTo("50");
    assertThat(time.medianNet()).isEqualByComparingTo("25");
    assertThat(time.count()).isEqualTo(3);
  }

  @Test
  void holdDaysAsARequisitionRecordsThemMakeTheNetTime() {
    Requisition requisition = RequisitionTest.requisition(true);
    requisition.approve("director", false, day(0), java.time.LocalDate.parse("2027-01-04"));
    requisition.open(Pipeline.DEFAULT, day(0));
    requisition.hold(day(3));
    requisition.reopen(day(10));
    requisition.offerAccepted(day(21));

    FillFact fill =
        new FillFact(
            requisition.approvedAt().orElseThrow(),
            requisition.acceptedAt().orElseThrow(),
            requisition.timeOnHold(day(21)).getSeconds());

    assertThat(Days.of(fill.grossTenths())).isEqualByComparingTo("21");
    assertThat(Days.of(fill.netTenths())).isEqualByComparingTo("14");
  }

  @Test
  void timeToHireRunsFromApplicationToAcceptedOffer() {
    List<HireFact> hires =
        List.of(
            new HireFact(day(0), day(20), CandidateSource.REFERRAL),
            new HireFact(day(5), day(15), CandidateSource.JOB_BOARD));

    TimeToHire time = HiringMetrics.timeToHire(hires);

    assertThat(time.median()).isEqualByComparingTo("15");
    assertThat(time.p90()).isEqualByComparingTo("20");
  }

  @Test
  void offerAcceptanceIsAcceptedOverAnswered() {
    assertThat(HiringMetrics.offerAcceptance(3, 1)).isEqualByComparingTo("0.750");
    assertThat(HiringMetrics.offerAcceptance(0, 0)).isNull();
  }

  @Test
  void sourceOfHireCountsAcceptedOffersBySourceListingEverySource() {
    Map<CandidateSource, Long> sources =
        HiringMetrics.sourceOfHire(
            List.of(
                new HireFact(day(0), day(9), CandidateSource.REFERRAL),
                new HireFact(day(0), day(9), CandidateSource.REFERRAL),
                new HireFact(day(0), day(9), CandidateSource.AGENCY)));

    assertThat(sources).containsEntry(CandidateSource.REFERRAL, 2L);
    assertThat(sources).containsEntry(CandidateSource.AGENCY, 1L);
    assertThat(sources).containsEntry(CandidateSource.JOB_FAIR, 0L);
    assertThat(sources).hasSize(CandidateSource.values().length);
  }
}
