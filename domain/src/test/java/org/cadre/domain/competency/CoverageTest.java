package org.cadre.domain.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.domain.competency.Team.ANA;
import static org.cadre.domain.competency.Team.BEN;
import static org.cadre.domain.competency.Team.CY;
import static org.cadre.domain.competency.Team.DEE;
import static org.cadre.domain.competency.Team.EVE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A unit's coverage: needed, qualified, coverage, holders, critical, at risk, and without. */
class CoverageTest {

  private static final Map<Long, RequiredProfile> PROFILES =
      Map.of(Team.PLATFORM_ENGINEER, Team.PLATFORM, Team.SRE, Team.RELIABILITY);

  private static final Coverage TEAM = Coverage.of(List.of(ANA, BEN, CY, DEE, EVE), PROFILES);

  private static CompetencyCoverage of(Coverage coverage, String name) {
    return coverage.competencies().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachCompetencyRequiredByABlueprintInTheUnitIsCounted() {
    assertThat(TEAM.competencies())
        .extracting(
            CompetencyCoverage::name,
            CompetencyCoverage::needed,
            CompetencyCoverage::qualified,
            CompetencyCoverage::holders,
            CompetencyCoverage::highestRequired,
            CompetencyCoverage::critical)
        .containsExactlyInAnyOrder(
            // Ana 4 of 4, Ben 3 of 4, Cy 5 of 5; held at 5 by Cy and Dee
            Tuple.tuple("Kubernetes", 3, 2, 2, 5, true),
            // Ana 2 of 3, Ben 3 of 3; held at 3 by Ben and Dee (no blueprint)
            Tuple.tuple("Terraform", 2, 1, 2, 3, false),
            // Ana 0 of 2, Ben 2 of 2; held at 2 by Ben and Eve (whose blueprint requires nothing)
            Tuple.tuple("Go", 2, 1, 2, 2, false),
            Tuple.tuple("Linux", 1, 1, 1, 3, false));
    assertThat(of(TEAM, "Kubernetes").coverage()).isEqualTo(2.0 / 3);
    assertThat(of(TEAM, "Terraform").coverage()).isEqualTo(0.5);
    assertThat(TEAM.atRisk()).isEmpty();
  }

  @Test
  void aCriticalCompetencyWithAtMostOneHolderIsAtRiskButAnotherIsNot() {
    // Linux rests on Cy alone but is not critical
    assertThat(of(TEAM, "Linux").holders()).isEqualTo(1);
    assertThat(of(TEAM, "Linux").atRisk()).isFalse();

    Coverage withoutDee = TEAM.without(Set.of("E4"));

    assertThat(of(withoutDee, "Kubernetes").heldBy()).containsExactly("E3");
    assertThat(withoutDee.atRisk())
        .extracting(CompetencyCoverage::name)
        .containsExactly("Kubernetes");
    assertThat(withoutDee.competencies().get(0).name()).isEqualTo("Kubernetes");
  }

  @Test
  void withoutRecomputesEverythingAsIfThePeopleHadLeft() {
    Coverage withoutCy = TEAM.without(Set.of("E3"));

    // Cy's blueprint was the only one needing Linux, and required Kubernetes at 5
    assertThat(withoutCy.competencies())
        .extracting(CompetencyCoverage::name)
        .containsExactlyInAnyOrder("Kubernetes", "Terraform", "Go");
    CompetencyCoverage kubernetes = of(withoutCy, "Kubernetes");
    assertThat(kubernetes.needed()).isEqualTo(2);
    assertThat(kubernetes.qualified()).isEqualTo(1);
    assertThat(kubernetes.highestRequired()).isEqualTo(4);
    // now held at 4 by Ana and Dee
    assertThat(kubernetes.heldBy()).containsExactly("E1", "E4");
    assertThat(withoutCy.people()).extracting(PersonSkills::number).doesNotContain("E3");
    assertThat(TEAM.people()).hasSize(5);
  }

  @Test
  void nobodyLeftMeansNothingNeeded() {
    assertThat(TEAM.without(Set.of("E1", "E2", "E3", "E4", "E5")).competencies()).isEmpty();
  }
}
