package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.domain.hiring.Pipelines.P;
import static org.cadre.domain.hiring.Pipelines.applied;
import static org.cadre.domain.hiring.Pipelines.day;
import static org.cadre.domain.hiring.Pipelines.path;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The funnel of five applications worked out by hand (days after applying on the right):
 *
 * <pre>
 * A  Applied 0, Screen 2, Technical interview 5, Panel 9, Offer 12, hired 14
 * B  Applied 0, Screen 1, rejected 4
 * C  Applied 0, Panel 3 (skips Screen and Technical interview), rejected 5
 * D  Applied 0, Screen 1, Technical interview 2, back to Screen 3, withdrawn 6
 * E  Applied 0, still there
 * </pre>
 */
class FunnelFactsTest {

  private static List<Application> applications() {
    Application a =
        path(applied(0), "Screen", 2, "Technical interview", 5, "Panel", 9, "Offer", 12);
    a.hire(P, "hr", day(14));
    Application b = path(applied(0), "Screen", 1);
    b.reject("Too junior", "hr", day(4));
    Application c = path(applied(0), "Panel", 3);
    c.reject("No", "hr", day(5));
    Application d = path(applied(0), "Screen", 1, "Technical interview", 2, "Screen", 3);
    d.withdraw("hr", day(6));
    Application e = applied(0);
    return List.of(a, b, c, d, e);
  }

  private static StageFigures stage(ReportingStage stage) {
    return FunnelFacts.of(applications()).funnel().get(stage.ordinal());
  }

  @Test
  void everyStageUpToTheFurthestReachedIsEnteredSkippedStagesIncluded() {
    assertThat(FunnelFacts.of(applications()).funnel())
        .extracting(StageFigures::entered)
        .containsExactly(5L, 4L, 3L, 2L, 1L, 1L);
  }

  @Test
  void aStageIsPassedWhenALaterOneWasReachedAndAMoveBackDoesNotUndoIt() {
    assertThat(FunnelFacts.of(applications()).funnel())
        .extracting(StageFigures::passed)
        .containsExactly(4L, 3L, 2L, 1L, 1L, null);
  }

  @Test
  void passRatesArePassedOverEntered() {
    assertThat(FunnelFacts.of(applications()).funnel())
        .extracting(f -> f.passRate() == null ? null : f.passRate().toPlainString())
        .containsExactly("0.800", "0.750", "0.667", "0.500", "1.000", null);
  }

  @Test
  void daysInAStageCountOnlyApplicationsThatLeftItAndAddUpEveryVisit() {
    // Applied: A 2, B 1, C 3, D 1 (E is still there)
    assertThat(stage(ReportingStage.APPLIED).medianDays()).isEqualByComparingTo("1.5");
    assertThat(stage(ReportingStage.APPLIED).p90Days()).isEqualByComparingTo("3.0");
    // Screen: A 3, B 3, D 1 + 3 (two visits)
    assertThat(stage(ReportingStage.SCREEN).medianDays()).isEqualByComparingTo("3.0");
    assertThat(stage(ReportingStage.SCREEN).p90Days()).isEqualByComparingTo("4.0");
    // Interview: A 4, D 1 (C skipped it: no days)
    assertThat(stage(ReportingStage.INTERVIEW).medianDays()).isEqualByComparingTo("2.5");
    assertThat(stage(ReportingStage.INTERVIEW).p90Days()).isEqualByComparingTo("4.0");
    // Final: A 3, C 2; Offer: A 2
    assertThat(stage(ReportingStage.FINAL).medianDays()).isEqualByComparingTo("2.5");
    assertThat(stage(ReportingStage.OFFER).medianDays()).isEqualByComparingTo("2.0");
    assertThat(stage(ReportingStage.HIRED).medianDays()).isNull();
  }

  @Test
  void anEmptyFunnelHasNoRatesAndNoDays() {
    StageFigures applied = new FunnelFacts().funnel().get(0);

    assertThat(applied.entered()).isZero();
    assertThat(applied.passRate()).isNull();
    assertThat(applied.medianDays()).isNull();
  }

  @Test
  void factsCountedFromStoredColumnsGiveTheSameFunnel() {
    FunnelFacts counted =
        new FunnelFacts()
            .addFurthest(ReportingStage.HIRED, 1)
            .addFurthest(ReportingStage.SCREEN, 1)
            .addFurthest(ReportingStage.FINAL, 1)
            .addFurthest(ReportingStage.INTERVIEW, 1)
            .addFurthest(ReportingStage.APPLIED, 1)
            .addDays(ReportingStage.APPLIED, 20, 1)
            .addDays(ReportingStage.APPLIED, 10, 2)
            .addDays(ReportingStage.APPLIED, 30, 1)
            .addDays(ReportingStage.SCREEN, 30, 2)
            .addDays(ReportingStage.SCREEN, 40, 1)
            .addDays(ReportingStage.INTERVIEW, 40, 1)
            .addDays(ReportingStage.INTERVIEW, 10, 1)
            .addDays(ReportingStage.FINAL, 30, 1)
            .addDays(ReportingStage.FINAL, 20, 1)
            .addDays(ReportingStage.OFFER, 20, 1);

    assertThat(counted.funnel()).isEqualTo(FunnelFacts.of(applications()).funnel());
  }
}
