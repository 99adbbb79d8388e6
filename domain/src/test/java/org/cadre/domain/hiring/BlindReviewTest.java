package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlindReviewTest {

  private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");
  private static final Instant LATER = AT.plusSeconds(7200);

  private final Interview technical =
      TestIds.assign(
          new Interview(5, "Technical interview", List.of("ann", "bob"), AT, "hr", AT), 1);
  private final Interview panel =
      TestIds.assign(new Interview(5, "Panel", List.of("bob", "cy"), LATER, "hr", AT), 2);

  private Scorecard by(Interview interview, String who) {
    return Scorecard.submit(interview, who, Kits.KIT, Kits.sheet(Recommendation.YES, 3, 3), AT);
  }

  private List<String> seen(String viewer, boolean reviewer, List<Scorecard> cards, Instant now) {
    return BlindReview.of(viewer, reviewer, List.of(technical, panel), cards, now)
        .scorecards()
        .stream()
        .map(s -> s.interviewer() + "@" + s.interviewId())
        .toList();
  }

  @Test
  void anInterviewerSeesOnlyTheirOwnUntilTheyHaveSubmitted() {
    List<Scorecard> cards = List.of(by(technical, "bob"));

    assertThat(seen("ann", false, cards, LATER)).isEmpty();
    BlindReview.Visible visible =
        BlindReview.of("ann", false, List.of(technical, panel), cards, LATER);
    assertThat(visible.hidden()).isEqualTo(1);
    assertThat(visible.why()).contains("Submit your own scorecard");
  }

  @Test
  void anInterviewerSeesTheOthersOnceTheyHaveSubmittedForEachOfTheirInterviews() {
    Scorecard annTechnical = by(technical, "ann");
    Scorecard bobTechnical = by(technical, "bob");

    assertThat(seen("ann", false, List.of(annTechnical, bobTechnical), LATER))
        .containsExactlyInAnyOrder("ann@1", "bob@1");
    // bob interviews twice: his technical scorecard alone is not enough
    assertThat(seen("bob", false, List.of(annTechnical, bobTechnical), LATER))
        .containsExactly("bob@1");
    Scorecard bobPanel = by(panel, "bob");
    assertThat(seen("bob", false, List.of(annTechnical, bobTechnical, bobPanel), LATER))
        .containsExactlyInAnyOrder("ann@1", "bob@1", "bob@2");
  }

  @Test
  void reviewersReadScorecardsOfInterviewsThatHaveTakenPlace() {
    List<Scorecard> cards = List.of(by(technical, "ann"), by(panel, "cy"));

    assertThat(seen("hr", true, cards, AT)).containsExactly("ann@1");
    assertThat(seen("hr", true, cards, LATER)).containsExactlyInAnyOrder("ann@1", "cy@2");
  }

  @Test
  void aReviewerWhoInterviewsIsBlindLikeAnyInterviewer() {
    List<Scorecard> cards = List.of(by(technical, "ann"));
    assertThat(seen("bob", true, cards, LATER)).isEmpty();
  }

  @Test
  void othersReadNone() {
    List<Scorecard> cards = List.of(by(technical, "ann"));
    BlindReview.Visible visible =
        BlindReview.of("dee", false, List.of(technical, panel), cards, LATER);

    assertThat(visible.scorecards()).isEmpty();
    assertThat(visible.why()).contains("HR and the hiring manager");
  }
}
