package org.cadre.domain.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cadre.domain.competency.Team.GO;
import static org.cadre.domain.competency.Team.KUBERNETES;
import static org.cadre.domain.competency.Team.PLATFORM;
import static org.cadre.domain.competency.Team.PLATFORM_ENGINEER;
import static org.cadre.domain.competency.Team.TERRAFORM;
import static org.cadre.domain.competency.Team.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.cadre.domain.blueprint.Importance;
import org.junit.jupiter.api.Test;

/** A person against a blueprint: both readiness methods, the weighted gap, stale assessments. */
class ReadinessTest {

  @Test
  void bothMethodsAndTheWeightedGapOfAPersonAgainstABlueprint() {
    // Kubernetes 4 of 4 (met), Terraform 2 of 3, Go never assessed (0 of 2)
    Readiness readiness = Readiness.of(PLATFORM, Team.ANA.levels(), StaleRule.DEFAULT, TODAY);

    assertThat(readiness.skills())
        .extracting(SkillGap::required, SkillGap::assessedLevel, SkillGap::gap)
        .containsExactly(Tuple.tuple(4, 4, 0), Tuple.tuple(3, 2, 1), Tuple.tuple(2, 0, 2));
    // count: 1 of 3 skills met
    assertThat(readiness.countMethod()).isCloseTo(1.0 / 3, within(1e-9));
    // proportional: (min(1, 4/4) + 2/3 + 0/2) / 3
    assertThat(readiness.proportionalMethod()).isCloseTo((1 + 2.0 / 3) / 3, within(1e-9));
    // weighted: 3 x 0 + 2 x 1 + 1 x 2
    assertThat(readiness.weightedGap()).isEqualTo(4);
    assertThat(readiness.skillsToClose())
        .extracting(s -> s.requirement().name())
        .containsExactly("Go", "Terraform");
  }

  @Test
  void aLevelAboveTheRequirementCountsAsMetWithoutRaisingTheProportion() {
    Readiness readiness =
        Readiness.of(
            PLATFORM, Team.levels(KUBERNETES, 5, TERRAFORM, 5, GO, 5), StaleRule.DEFAULT, TODAY);

    assertThat(readiness.countMethod()).isEqualTo(1.0);
    assertThat(readiness.proportionalMethod()).isEqualTo(1.0);
    assertThat(readiness.weightedGap()).isZero();
    assertThat(readiness.skills()).extracting(SkillGap::gap).containsExactly(-1, -2, -3);
  }

  @Test
  void aRequirementOfLevelZeroIsMetAndABlueprintRequiringNothingIsReady() {
    RequiredProfile nothing = new RequiredProfile(1, "Observer", List.of());
    RequiredProfile zero =
        new RequiredProfile(
            2, "Learner", List.of(new Requirement(GO, "Go", Importance.OPTIONAL, 0)));

    assertThat(Readiness.of(nothing, AssessedLevels.NONE, StaleRule.DEFAULT, TODAY))
        .extracting(Readiness::countMethod, Readiness::proportionalMethod)
        .containsExactly(1.0, 1.0);
    assertThat(Readiness.of(zero, AssessedLevels.NONE, StaleRule.DEFAULT, TODAY))
        .extracting(Readiness::countMethod, Readiness::proportionalMethod)
        .containsExactly(1.0, 1.0);
  }

  @Test
  void theLatestAssessmentCountsAndOlderThanTheSettingIsStale() {
    // 18 months before 2026-06-30 is 2024-12-30
    AssessedLevels levels =
        AssessedLevels.latestOf(
            List.of(
                new Assessed(KUBERNETES, 2, LocalDate.of(2023, 5, 1), null),
                new Assessed(KUBERNETES, 4, LocalDate.of(2024, 12, 29), null),
                new Assessed(TERRAFORM, 3, LocalDate.of(2024, 12, 30), null)));

    Readiness readiness = Readiness.of(PLATFORM, levels, StaleRule.DEFAULT, TODAY);

    assertThat(readiness.skills())
        .extracting(SkillGap::assessedLevel, SkillGap::stale)
        .containsExactly(Tuple.tuple(4, true), Tuple.tuple(3, false), Tuple.tuple(0, false));
    assertThat(Readiness.of(PLATFORM, levels, new StaleRule(24), TODAY).skills().get(0).stale())
        .isFalse();
  }

  @Test
  void anAssessmentKeepsTheRequirementItWasMadeAgainstWhenANewRevisionRaisesIt() {
    Assessed kubernetes = new Assessed(KUBERNETES, 4, Team.RECENT, 4);
    RequiredProfile raised =
        new RequiredProfile(
            PLATFORM_ENGINEER,
            "Platform Engineer",
            List.of(new Requirement(KUBERNETES, "Kubernetes", Importance.CRITICAL, 5)));

    Readiness now =
        Readiness.of(
            raised, AssessedLevels.latestOf(List.of(kubernetes)), StaleRule.DEFAULT, TODAY);

    assertThat(now.skills().get(0).gap()).isEqualTo(1);
    assertThat(now.skills().get(0).assessed().gapThen()).contains(0);
    assertThat(new Assessed(GO, 1, Team.RECENT, null).gapThen()).isEmpty();
  }

  @Test
  void twoSkillsOnOneCompetencyRequireTheHigherLevelAtTheGreaterImportance() {
    RequiredProfile profile =
        new RequiredProfile(
            3,
            "Data Engineer",
            List.of(
                new Requirement(GO, "Go", Importance.OPTIONAL, 4),
                new Requirement(GO, "Golang", Importance.CRITICAL, 3)));

    assertThat(profile.requirements())
        .containsExactly(new Requirement(GO, "Go", Importance.CRITICAL, 4));
  }
}
