package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping docs/hiring.md writes down, pinned value by value. */
class RatingScaleTest {

  @ParameterizedTest(name = "rating {0} against required {1} is level {2}")
  @CsvSource({
    "1, 3, 1", "2, 3, 2", "3, 3, 3", "4, 3, 4",
    "1, 4, 2", "2, 4, 3", "3, 4, 4", "4, 4, 5",
    "1, 2, 0", "2, 2, 1", "3, 2, 2", "4, 2, 3",
    "1, 1, 0", "4, 5, 5", "1, 0, 0", "4, 0, 1"
  })
  void aRatingIsALevelRelativeToTheRequiredLevelWithinZeroToFive(
      int rating, int required, int level) {
    assertThat(RatingScale.level(rating, required)).isEqualTo(level);
  }

  @Test
  void ratingsOffTheScaleAreRefused() {
    assertThat(RatingScale.problem(0)).hasValue("a rating is a whole number from 1 to 4, not 0");
    assertThat(RatingScale.problem(5)).isPresent();
    assertThat(RatingScale.problem(null)).isPresent();
    assertThatThrownBy(() -> RatingScale.level(5, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void severalInterviewersLevelsCombineToTheirLowerMedian() {
    assertThat(RatingScale.combined(List.of(4))).isEqualTo(4);
    assertThat(RatingScale.combined(List.of(3, 4))).isEqualTo(3);
    assertThat(RatingScale.combined(List.of(5, 2, 3))).isEqualTo(3);
    assertThat(RatingScale.combined(List.of(1, 5, 4, 2))).isEqualTo(2);
  }

  @Test
  void everyRatingHasALabel() {
    assertThat(List.of(1, 2, 3, 4))
        .extracting(RatingScale::label)
        .containsExactly("Well below the bar", "Below the bar", "Meets the bar", "Above the bar");
  }
}
