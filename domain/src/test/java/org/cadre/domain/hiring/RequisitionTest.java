package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.Quarter;
import org.junit.jupiter.api.Test;

class RequisitionTest {

  private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2027-01-04");

  static Requisition requisition(boolean withinPlan) {
    return Requisition.draft(
        new RequisitionDraft(
            "ENG-PLAT-SRE",
            12,
            1,
            Level.SENIOR,
            withinPlan ? 501L : null,
            BigDecimal.ONE,
            LocalDate.parse("2027-04-01"),
            "manager",
            "hr",
            withinPlan ? null : "A new on-call rotation",
            withinPlan),
        "manager",
        AT);
  }

  @Test
  void aRequisitionGoesFromDraftThroughApprovalAndOpeningToFilled() {
    Requisition requisition = requisition(true);
    assertThat(requisition.status()).isEqualTo(RequisitionStatus.DRAFT);
    assertThat(requisition.whyNot(RequisitionAction.OPEN)).isPresent();

    requisition.approve("director", false, AT, DAY);
    requisition.open(Pipeline.DEFAULT, AT.plusSeconds(60));
    assertThat(requisition.status()).isEqualTo(RequisitionStatus.OPEN);
    assertThat(requisition.pipeline()).isEqualTo(Pipeline.DEFAULT);
    assertThat(requisition.whyNot(RequisitionAction.FILL))
        .hasValue("The requisition (new) (ENG-PLAT-SRE) has no accepted offer yet.");

    requisition.offerAccepted(AT.plus(Duration.ofDays(30)));
    assertThat(requisition.whyNot(RequisitionAction.HOLD)).isPresent();
    requisition.fill("H000042", LocalDate.parse("2027-03-01"), AT.plus(Duration.ofDays(31)));

    assertThat(requisition.status()).isEqualTo(RequisitionStatus.FILLED);
    assertThat(requisition.hiredEmployee()).contains("H000042");
    assertThat(requisition.whyNot(RequisitionAction.CANCEL))
        .hasValueSatisfying(reason -> assertThat(reason).contains("is filled"));
  }

  @Test
  void beyondThePlanOnlyLeadershipApproves() {
    Requisition requisition = requisition(false);

    assertThat(requisition.whyNotApprove(false))
        .hasValueSatisfying(reason -> assertThat(reason).contains("leadership approves it"));
    assertThatThrownBy(() -> requisition.approve("director", false, AT, DAY))
        .isInstanceOf(IllegalStateException.class);
    assertThat(requisition.whyNotApprove(true)).isEmpty();
    requisition.approve("leader", true, AT, DAY);
    assertThat(requisition.approvedBy()).contains("leader");
  }

  @Test
  void beyondThePlanARequisitionNeedsAJustification() {
    assertThatThrownBy(
            () ->
                new RequisitionDraft(
                    "U", 1, 1, null, null, BigDecimal.ONE, DAY, "m", null, " ", false))
        .hasMessageContaining("justification");
  }

  @Test
  void daysOnHoldAddUpOverSeveralHoldsAndARunningHoldCountsUntilNow() {
    Requisition requisition = requisition(true);
    requisition.approve("director", false, AT, DAY);
    requisition.open(Pipeline.DEFAULT, AT);

    requisition.hold(AT.plus(Duration.ofDays(2)));
    assertThat(requisition.whyNot(RequisitionAction.RECRUIT)).isPresent();
    requisition.reopen(AT.plus(Duration.ofDays(5)));
    requisition.hold(AT.plus(Duration.ofDays(10)));

    assertThat(requisition.timeOnHold(AT.plus(Duration.ofDays(11)))).isEqualTo(Duration.ofDays(4));
    requisition.reopen(AT.plus(Duration.ofDays(12)));
    assertThat(requisition.timeOnHold(AT.plus(Duration.ofDays(40)))).isEqualTo(Duration.ofDays(5));
  }

  @Test
  void itCountsAsOpenFromApprovalUntilItsHireStarts() {
    Requisition requisition = requisition(true);
    assertThat(requisition.openOn(DAY)).isFalse();
    requisition.approve("director", false, AT, DAY);
    requisition.open(Pipeline.DEFAULT, AT);
    requisition.offerAccepted(AT.plus(Duration.ofDays(20)));
    requisition.fill("H1", LocalDate.parse("2027-03-01"), AT.plus(Duration.ofDays(21)));

    assertThat(requisition.openOn(DAY.minusDays(1))).isFalse();
    assertThat(requisition.openOn(DAY)).isTrue();
    assertThat(requisition.openOn(LocalDate.parse("2027-02-28"))).isTrue();
    assertThat(requisition.openOn(LocalDate.parse("2027-03-01"))).isFalse();
  }

  @Test
  void inAQuarterItCountsOnTheQuartersCountingDayFromItsTargetStartOn() {
    Requisition requisition = requisition(true); // target start 2027-04-01
    requisition.approve("director", false, AT, DAY);
    Quarter q1 = new Quarter(2027, 1);
    Quarter q2 = q1.next();

    // seen from mid-January: open today, but due to start in Q2
    assertThat(requisition.countsIn(q1, DAY.plusDays(10))).isFalse();
    assertThat(requisition.countsIn(q2, DAY.plusDays(10))).isTrue();
    assertThat(requisition.countsIn(q2.next(), DAY.plusDays(10))).isTrue();
    // a quarter that ended before the approval counts on its last day
    assertThat(requisition.countsIn(q1.previous(), DAY.plusDays(10))).isFalse();
  }

  @Test
  void aCancelledRequisitionStopsCountingTheDayItIsCancelledAndKeepsItsReason() {
    Requisition requisition = requisition(true);
    requisition.approve("director", false, AT, DAY);
    requisition.open(Pipeline.DEFAULT, AT);
    requisition.hold(AT.plusSeconds(10));
    assertThat(requisition.status()).isEqualTo(RequisitionStatus.ON_HOLD);

    assertThatThrownBy(() -> requisition.cancel(" ", AT, DAY)).hasMessageContaining("reason");
    requisition.cancel("Budget frozen", AT.plus(Duration.ofDays(1)), DAY.plusDays(9));

    assertThat(requisition.cancelReason()).contains("Budget frozen");
    assertThat(requisition.openOn(DAY.plusDays(8))).isTrue();
    assertThat(requisition.openOn(DAY.plusDays(9))).isFalse();
    assertThat(requisition.timeOnHold(AT.plus(Duration.ofDays(90))))
        .isEqualTo(Duration.ofDays(1).minusSeconds(10));
  }

  @Test
  void aRequisitionTakesApplicationsOnlyWhileOpen() {
    Requisition requisition = requisition(true);
    assertThat(requisition.whyNot(RequisitionAction.RECRUIT))
        .hasValue("The requisition (new) (ENG-PLAT-SRE) is draft, so it cannot be recruited for.");
    requisition.approve("director", false, AT, DAY);
    requisition.open(Pipeline.DEFAULT, AT);
    assertThat(requisition.whyNot(RequisitionAction.RECRUIT)).isEmpty();
  }
}
