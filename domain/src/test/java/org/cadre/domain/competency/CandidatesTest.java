package org.cadre.domain.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cadre.domain.competency.Team.GO;
import static org.cadre.domain.competency.Team.KUBERNETES;
import static org.cadre.domain.competency.Team.PLATFORM;
import static org.cadre.domain.competency.Team.TERRAFORM;
import static org.cadre.domain.competency.Team.TODAY;
import static org.cadre.domain.competency.Team.levels;
import static org.cadre.domain.competency.Team.person;

import java.util.List;
import org.cadre.domain.blueprint.Level;
import org.junit.jupiter.api.Test;

/** Internal candidates: threshold, ranking, and who already holds the seat. */
class CandidatesTest {

  // Kubernetes 3 of 4, Terraform and Go met: (0.75 + 1 + 1) / 3 = 0.917, weighted gap 3
  private static final PersonSkills GUS =
      person("E7", 30L, Level.MID, levels(KUBERNETES, 3, TERRAFORM, 3, GO, 2));
  // Go 1 of 2: (1 + 1 + 0.5) / 3 = 0.833, weighted gap 1
  private static final PersonSkills FAY =
      person("E6", 30L, Level.MID, levels(KUBERNETES, 4, TERRAFORM, 3, GO, 1));
  // Kubernetes 2 of 4: (0.5 + 1 + 1) / 3 = 0.833, weighted gap 6
  private static final PersonSkills HAL =
      person("E8", null, null, levels(KUBERNETES, 2, TERRAFORM, 3, GO, 2));

  private static final List<PersonSkills> EVERYONE =
      List.of(Team.ANA, Team.BEN, Team.CY, Team.DEE, GUS, FAY, HAL);

  @Test
  void rankedByReadinessThenWeightedGapThenNumberAboveTheThreshold() {
    List<Candidate> ranked =
        Candidates.rank(PLATFORM, Level.SENIOR, EVERYONE, 0.7, StaleRule.DEFAULT, TODAY);

    // Ana holds the blueprint at Senior; Cy (0.333) and Dee (0.667) are below 0.7
    assertThat(ranked).extracting(c -> c.person().number()).containsExactly("E2", "E7", "E6", "E8");
    assertThat(ranked.get(0).readiness().proportionalMethod()).isCloseTo(2.75 / 3, within(1e-9));
    assertThat(ranked).extracting(c -> c.readiness().weightedGap()).containsExactly(3, 3, 1, 6);
  }

  @Test
  void theThresholdIsInclusiveAndWithoutALevelEveryHolderOfTheBlueprintIsLeftOut() {
    // Dee: (1 + 1 + 0) / 3
    List<Candidate> ranked =
        Candidates.rank(PLATFORM, null, EVERYONE, 2.0 / 3, StaleRule.DEFAULT, TODAY);

    assertThat(ranked).extracting(c -> c.person().number()).containsExactly("E7", "E6", "E8", "E4");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThatThrownBy(
            () -> Candidates.rank(PLATFORM, null, EVERYONE, 1.5, StaleRule.DEFAULT, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a minimum readiness is a share from 0 to 1, not 1.5");
  }
}
