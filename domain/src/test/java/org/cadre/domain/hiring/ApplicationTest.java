package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.domain.hiring.Pipelines.P;
import static org.cadre.domain.hiring.Pipelines.applied;
import static org.cadre.domain.hiring.Pipelines.day;
import static org.cadre.domain.hiring.Pipelines.path;

import org.junit.jupiter.api.Test;

class ApplicationTest {

  @Test
  void everyMoveIsRecordedWithFromToWhenAndWho() {
    Application application = applied(0);
    application.moveTo("Screen", P, "recruiter", day(2));
    application.moveTo("Technical interview", P, "manager", day(5));

    assertThat(application.moves())
        .extracting(
            m -> m.fromStage().orElse("-") + ">" + m.toStage().orElse("-") + " " + m.movedBy())
        .containsExactly(
            "->Applied hr", "Applied>Screen recruiter", "Screen>Technical interview manager");
    assertThat(application.moves().get(2).movedAt()).isEqualTo(day(5));
    assertThat(application.stageName()).isEqualTo("Technical interview");
  }

  @Test
  void aSkippedStageCountsAsReachedButHasNoTime() {
    Application application = path(applied(0), "Panel", 3);

    assertThat(application.furthest()).isEqualTo(ReportingStage.FINAL);
    assertThat(application.times().seconds(ReportingStage.SCREEN)).isNull();
    assertThat(application.times().seconds(ReportingStage.INTERVIEW)).isNull();
    assertThat(application.daysIn(ReportingStage.APPLIED)).contains(3.0);
  }

  @Test
  void aMoveBackwardsKeepsTheFurthestStageAndAddsUpTheVisits() {
    Application application =
        path(
            applied(0),
            "Screen",
            1,
            "Technical interview",
            3,
            "Screen",
            4,
            "Technical interview",
            6);

    assertThat(application.furthest()).isEqualTo(ReportingStage.INTERVIEW);
    assertThat(application.daysIn(ReportingStage.SCREEN)).contains(4.0);
    // still in the interview stage: its days are not counted yet
    assertThat(application.daysIn(ReportingStage.INTERVIEW)).isEmpty();
    application.reject("Not enough depth in distributed systems", "hr", day(8.5));
    assertThat(application.daysIn(ReportingStage.INTERVIEW)).contains(3.5);
  }

  @Test
  void rejectionNeedsAReasonAndEndsTheApplication() {
    Application application = applied(0);
    assertThatThrownBy(() -> application.reject("", "hr", day(1))).hasMessageContaining("reason");
    application.reject("Salary expectations", "hr", day(1));

    assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(application.outcomeReason()).contains("Salary expectations");
    assertThat(application.whyNotMove("Screen", P))
        .hasValue("The application is rejected, so it cannot be moved.");
    assertThat(application.moves().get(1).outcome()).contains(ApplicationStatus.REJECTED);
  }

  @Test
  void movesToUnknownOrCurrentStagesOrToHiredAreRefusedWithAReason() {
    Application application = applied(0);

    assertThat(application.whyNotMove("Lunch", P))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("no stage \"Lunch\"")
                    .contains("Screen, Technical interview"));
    assertThat(application.whyNotMove("applied", P))
        .hasValue("The application is at Applied already.");
    assertThat(application.whyNotMove("Hired", P))
        .hasValue("A candidate reaches Hired by being hired.");
    assertThat(application.whyNot(ApplicationAction.OFFER))
        .hasValueSatisfying(reason -> assertThat(reason).contains("move it to an offer stage"));
  }

  @Test
  void aHireLandsInTheLastStageFromAnOfferStage() {
    Application application = path(applied(0), "Offer", 10);
    application.hire(P, "hr", day(12));

    assertThat(application.status()).isEqualTo(ApplicationStatus.HIRED);
    assertThat(application.stageName()).isEqualTo("Hired");
    assertThat(application.furthest()).isEqualTo(ReportingStage.HIRED);
    assertThat(application.daysIn(ReportingStage.OFFER)).contains(2.0);
  }

  @Test
  void aWithdrawnApplicationKeepsItsHistory() {
    Application application = path(applied(0), "Screen", 1);
    application.withdraw("hr", day(2));

    assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(application.moves()).hasSize(3);
    assertThat(application.daysIn(ReportingStage.SCREEN)).contains(1.0);
  }
}
