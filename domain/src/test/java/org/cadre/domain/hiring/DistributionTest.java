package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    Distribution d = of(50, 10, 30);
    assertThat(d.median()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("3.0"));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    Distribution d = of(10, 20, 25, 90);
    assertThat(d.median()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.25"));
  }

  @Test
  void theNinetiethPercentileIsByNearestRank() {
    Distribution ten = of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(ten.percentile(90))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.9"));
    Distribution eleven = of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    // rank ceil(0.9 * 11) = 10
    assertThat(eleven.percentile(90))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1.0"));
  }

  @Test
  void countsWeighValuesAsIfEachWereAddedThatOften() {
    Distribution counted = new Distribution();
    counted.add(10, 3);
    counted.add(40, 1);
    Distribution listed = of(10, 10, 10, 40);

    assertThat(counted.median()).isEqualTo(listed.median());
    assertThat(counted.percentile(90)).isEqualTo(listed.percentile(90));
    assertThat(counted.count()).isEqualTo(4);
  }

  @Test
  void timeIsCountedInTenthsOfADayRoundedDown() {
    Instant from = Instant.parse("2027-01-01T00:00:00Z");
    assertThat(Days.tenths(from, from.plus(Duration.ofDays(2).plusHours(23)))).isEqualTo(29);
    assertThat(Days.tenths(from, from.plus(Duration.ofHours(2)))).isZero();
    assertThat(Days.tenths(from, from.minusSeconds(5))).isZero();
    assertThat(Days.of(29)).isEqualByComparingTo("2.9");
  }

  @Test
  void noValuesHaveNoMedian() {
    assertThat(new Distribution().median()).isEmpty();
    assertThat(new Distribution().percentile(90)).isEmpty();
  }

  private static Distribution of(long... tenths) {
    Distribution d = new Distribution();
    for (long t : tenths) {
      d.add(t);
    }
    return d;
  }
}
