package org.cadre.domain.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.domain.competency.Team.GO;
import static org.cadre.domain.competency.Team.KUBERNETES;
import static org.cadre.domain.competency.Team.LINUX;
import static org.cadre.domain.competency.Team.TERRAFORM;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.cadre.domain.blueprint.Importance;
import org.junit.jupiter.api.Test;

/** Who a new revision would put below a requirement, skill by skill. */
class ImpactTest {

  /** Kubernetes raised to 5, Terraform as before, Go lowered to 1, Linux added at 3. */
  private static final RequiredProfile NEXT =
      new RequiredProfile(
          Team.PLATFORM_ENGINEER,
          "Platform Engineer",
          List.of(
              new Requirement(KUBERNETES, "Kubernetes", Importance.CRITICAL, 5),
              new Requirement(TERRAFORM, "Terraform", Importance.IMPORTANT, 3),
              new Requirement(GO, "Go", Importance.OPTIONAL, 1),
              new Requirement(LINUX, "Linux", Importance.IMPORTANT, 3)));

  private static final PersonSkills CLEO =
      Team.person(
          "E9",
          Team.PLATFORM_ENGINEER,
          null,
          Team.levels(KUBERNETES, 5, TERRAFORM, 3, GO, 2, LINUX, 4));

  @Test
  void onlyPeopleMeetingTheRequirementInForceButNotTheNewOneFallBelow() {
    List<SkillImpact> impact = Impact.of(Team.PLATFORM, NEXT, List.of(Team.ANA, Team.BEN, CLEO));

    assertThat(impact)
        .extracting(i -> i.after().name(), SkillImpact::before)
        .containsExactly(Tuple.tuple("Kubernetes", 4), Tuple.tuple("Linux", null));
    // Ana meets 4 but not 5; Ben was below 4 already; Cleo meets 5
    assertThat(impact.get(0).fallingBelow()).extracting(PersonSkills::number).containsExactly("E1");
    // nobody was required Linux before: everyone below 3 falls below it
    assertThat(impact.get(1).fallingBelow())
        .extracting(PersonSkills::number)
        .containsExactly("E1", "E2");
  }

  @Test
  void withNothingPublishedEveryRequirementIsNew() {
    List<SkillImpact> impact = Impact.of(null, NEXT, List.of(CLEO));

    assertThat(impact).hasSize(4);
    assertThat(impact).allSatisfy(i -> assertThat(i.fallingBelow()).isEmpty());
  }
}
