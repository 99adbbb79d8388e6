package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cadre.domain.blueprint.Level;
import org.junit.jupiter.api.Test;

class OfferTest {

  private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");
  private static final BigDecimal RATE = new BigDecimal("100000");

  private static Application atOffer() {
    Application application = Pipelines.path(Pipelines.applied(0), "Offer", 5);
    return TestIds.assign(application, 31);
  }

  private static Offer offer(String salary, String fte, BigDecimal rate) {
    return TestIds.assign(
        Offer.propose(
            atOffer(),
            new OfferTerms(
                Level.SENIOR,
                new BigDecimal(fte),
                LocalDate.parse("2027-04-01"),
                new BigDecimal(salary)),
            rate,
            "hr",
            AT),
        9);
  }

  @Test
  void upToTenPercentAboveTheRateHrApprovesAlone() {
    Offer offer = offer("110000", "1", RATE);
    assertThat(offer.needsLeadership()).isFalse();

    offer.approve(true, false, "hr", AT);

    assertThat(offer.status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(offer.whyNotApprove(false, true)).isPresent();
  }

  @Test
  void moreThanTenPercentAboveTheRateNeedsLeadershipToo() {
    Offer offer = offer("110000.01", "1", RATE);
    assertThat(offer.needsLeadership()).isTrue();

    offer.approve(true, false, "hr", AT);
    assertThat(offer.status()).isEqualTo(OfferStatus.PROPOSED);
    assertThat(offer.whyNot(OfferAction.ACCEPT)).isPresent();
    assertThat(offer.whyNotApprove(true, false))
        .hasValue("Offer 9 awaits leadership's approval; yours is given already or not needed.");
    offer.approve(false, true, "leader", AT);

    assertThat(offer.status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(offer.leadershipApprovedBy()).contains("leader");
  }

  @Test
  void theRateIsScaledToTheOffersFte() {
    assertThat(offer("88000", "0.8", RATE).needsLeadership()).isFalse();
    assertThat(offer("88001", "0.8", RATE).needsLeadership()).isTrue();
  }

  @Test
  void withoutARateInTheTableLeadershipApproves() {
    assertThat(offer("50000", "1", null).needsLeadership()).isTrue();
  }

  @Test
  void leadershipAloneDoesNotApproveWhatHrMust() {
    Offer offer = offer("90000", "1", RATE);
    assertThat(offer.whyNotApprove(false, true))
        .hasValue("Offer 9 is within the cost table's rate, so HR approves it alone.");
  }

  @Test
  void anApprovedOfferIsAcceptedOrDeclinedOnce() {
    Offer accepted = offer("90000", "1", RATE);
    assertThat(accepted.whyNot(OfferAction.ACCEPT))
        .hasValue("Offer 9 is awaiting approval, so it cannot be accepted.");
    accepted.approve(true, false, "hr", AT);
    accepted.accept(AT.plusSeconds(3600));
    assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThatThrownBy(() -> accepted.decline("changed mind", AT))
        .isInstanceOf(IllegalStateException.class);

    Offer declined = offer("90000", "1", RATE);
    declined.approve(true, false, "hr", AT);
    declined.decline("Took another offer", AT);
    assertThat(declined.reason()).contains("Took another offer");
  }

  @Test
  void anOfferNeedsAnApplicationAtAnOfferStage() {
    Application screening = TestIds.assign(Pipelines.path(Pipelines.applied(0), "Screen", 1), 32);
    assertThatThrownBy(
            () ->
                Offer.propose(
                    screening,
                    new OfferTerms(null, BigDecimal.ONE, LocalDate.parse("2027-04-01"), RATE),
                    RATE,
                    "hr",
                    AT))
        .hasMessageContaining("move it to an offer stage");
  }

  @Test
  void termsNameTheirProblems() {
    assertThat(new OfferTerms(null, new BigDecimal("1.5"), null, new BigDecimal("-1")).problems())
        .extracting(FieldProblem::field)
        .containsExactly("fte", "startDate", "annualSalary");
  }
}
