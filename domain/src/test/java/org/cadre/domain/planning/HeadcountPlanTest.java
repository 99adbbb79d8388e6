package org.cadre.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.blueprint.Level;
import org.junit.jupiter.api.Test;

class HeadcountPlanTest {

  private static final Instant AT = Instant.parse("2027-01-10T09:00:00Z");
  private static final Quarter Q1 = new Quarter(2027, 1);

  @Test
  void aDraftIsEditedSubmittedAndApproved() {
    HeadcountPlan plan = HeadcountPlan.start("TEAM-A", Q1, Scenarios.BASELINE, "maria", AT);
    plan.replaceLines(List.of(line(1, "2"), line(2, "1")), "maria", AT);

    plan.submit("maria", AT);
    assertThat(plan.whyNot(PlanAction.EDIT))
        .hasValueSatisfying(reason -> assertThat(reason).contains("submitted"));
    plan.approve("lena", AT, "ok");

    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plan.decidedBy()).contains("lena");
    assertThat(plan.whyNot(PlanAction.SUBMIT)).isPresent();
    assertThatThrownBy(() -> plan.replaceLines(List.of(), "maria", AT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void replacingLinesReportsEachChangeAndKeepsUnchangedLinesOut() {
    HeadcountPlan plan = HeadcountPlan.start("TEAM-A", Q1, Scenarios.BASELINE, "maria", AT);
    plan.replaceLines(List.of(line(1, "2"), line(2, "1")), "maria", AT);

    List<LineChange> changes =
        plan.replaceLines(List.of(line(1, "2.000"), line(3, "4")), "maria", AT);

    assertThat(changes)
        .containsExactlyInAnyOrder(
            new LineChange(line(2, "1"), null), new LineChange(null, line(3, "4")));
    assertThat(plan.lines()).extracting(PlanLineRecord::blueprintId).containsExactly(1L, 3L);
  }

  @Test
  void aRejectedPlanBecomesADraftWhenChanged() {
    HeadcountPlan plan = HeadcountPlan.start("TEAM-A", Q1, Scenarios.BASELINE, "maria", AT);
    plan.submit("maria", AT);
    assertThat(plan.whyNot(PlanAction.REJECT)).isEmpty();
    plan.reject("lena", AT, "too many seniors");

    assertThat(plan.decisionComment()).contains("too many seniors");
    plan.replaceLines(List.of(line(1, "1")), "maria", AT);
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void changingAnApprovedPlanStartsANewVersionAndOnlyTheNewestChanges() {
    HeadcountPlan approved = HeadcountPlan.start("TEAM-A", Q1, Scenarios.BASELINE, "maria", AT);
    approved.replaceLines(List.of(line(1, "2")), "maria", AT);
    approved.submit("maria", AT);
    approved.approve("lena", AT, null);

    HeadcountPlan next = approved.nextVersion("maria", AT);

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(next.lines()).containsExactly(line(1, "2"));
    assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(approved.whyNot(PlanAction.EDIT))
        .hasValueSatisfying(reason -> assertThat(reason).contains("not the newest version"));
    approved.supersede("lena", AT);
    assertThat(approved.status()).isEqualTo(PlanStatus.SUPERSEDED);
  }

  @Test
  void planLinesRefuseImpossibleNumbers() {
    assertThat(PlanLineRecord.fteProblem(new BigDecimal("-1"))).isPresent();
    assertThat(PlanLineRecord.fteProblem(new BigDecimal("0.0001"))).isPresent();
    assertThat(PlanLineRecord.fteProblem(new BigDecimal("10000"))).isPresent();
    assertThat(PlanLineRecord.fteProblem(new BigDecimal("2.500"))).isEmpty();
    assertThat(PlanLineRecord.costProblem(new BigDecimal("-5"))).isPresent();
    assertThat(Scenario.nameProblem("baseline")).isPresent();
    assertThat(Scenario.nameProblem("Growth 2027")).isPresent();
    assertThat(Scenario.nameProblem("growth-2027")).isEmpty();
  }

  private static PlanLineRecord line(long blueprint, String fte) {
    return new PlanLineRecord(blueprint, Level.SENIOR, new BigDecimal(fte), null, null);
  }
}
