package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");
  private final Interview interview =
      TestIds.assign(new Interview(5, "Technical interview", List.of("ann"), AT, "hr", AT), 1);

  @Test
  void aScorecardKeepsEachSkillsCompetencyAndRequiredLevel() {
    Scorecard card =
        Scorecard.submit(interview, "ann", Kits.KIT, Kits.sheet(Recommendation.YES, 3, 4), AT);

    Rating kubernetes = card.ratings().get(1);
    assertThat(kubernetes.item()).isEqualTo("Kubernetes");
    assertThat(kubernetes.competencyId()).isEqualTo(101L);
    assertThat(kubernetes.requiredLevel()).isEqualTo(4);
    assertThat(card.applicationId()).isEqualTo(5);
  }

  @Test
  void onlyAnAssignedInterviewerFillsOne() {
    assertThatThrownBy(
            () ->
                Scorecard.submit(
                    interview, "bob", Kits.KIT, Kits.sheet(Recommendation.NO, 2, 2), AT))
        .hasMessageContaining("bob is not an interviewer");
  }

  @Test
  void anEditAfterSubmissionSaysWhatChangedAndIsCounted() {
    Scorecard card =
        Scorecard.submit(interview, "ann", Kits.KIT, Kits.sheet(Recommendation.NO, 2, 2), AT);

    String changes =
        card.revise(Kits.KIT, Kits.sheet(Recommendation.YES, 2, 3), AT.plusSeconds(60));

    assertThat(changes).isEqualTo("Kubernetes: 2 -> 3; recommendation: No -> Yes");
    assertThat(card.edits()).isEqualTo(1);
    assertThat(card.revise(Kits.KIT, Kits.sheet(Recommendation.YES, 2, 3), AT)).isEmpty();
    assertThat(card.edits()).isEqualTo(1);
  }

  @Test
  void aSheetNamesEachProblemByField() {
    ScorecardSheet sheet =
        new ScorecardSheet(
            List.of(
                new ScorecardSheet.Entry(KitItemKind.SKILL, "Cobol", 3),
                new ScorecardSheet.Entry(KitItemKind.DIMENSION, "Communication", 7),
                new ScorecardSheet.Entry(KitItemKind.DIMENSION, "communication", 2)),
            null,
            null);

    assertThat(sheet.problems(Kits.KIT))
        .extracting(p -> p.field() + ": " + p.reason())
        .containsExactly(
            "recommendation: choose one of STRONG_NO, NO, YES, STRONG_YES",
            "ratings[0].item: is not a must-have skill of the interview kit",
            "ratings[1].rating: a rating is a whole number from 1 to 4, not 7",
            "ratings[2].item: is rated twice");
  }
}
