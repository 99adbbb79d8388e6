package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  private static final LocalDate DAY = LocalDate.parse("2027-03-31");

  private static OpenFact openedDaysAgo(int days, String fte) {
    return new OpenFact(DAY.minusDays(days), new BigDecimal(fte));
  }

  @Test
  void eachRequisitionFallsInTheBandOfItsWholeDaysOpenOnTheDay() {
    List<OpenFact> open =
        List.of(
            openedDaysAgo(0, "1"),
            openedDaysAgo(29, "0.5"),
            openedDaysAgo(30, "1"),
            openedDaysAgo(59, "1"),
            openedDaysAgo(60, "0.8"),
            openedDaysAgo(89, "1"),
            openedDaysAgo(90, "1"),
            openedDaysAgo(400, "0.6"));

    List<AgeBand> bands = AgeBand.of(open, DAY);

    assertThat(bands)
        .extracting(AgeBand::fromDays, AgeBand::toDays, AgeBand::requisitions)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 29, 2L),
            org.assertj.core.groups.Tuple.tuple(30, 59, 2L),
            org.assertj.core.groups.Tuple.tuple(60, 89, 2L),
            org.assertj.core.groups.Tuple.tuple(90, null, 2L));
    assertThat(bands)
        .extracting(AgeBand::fte)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("1.5"),
            new BigDecimal("2"),
            new BigDecimal("1.8"),
            new BigDecimal("1.6"));
  }

  @Test
  void withNothingOpenEveryBandIsThereAndEmpty() {
    assertThat(AgeBand.of(List.of(), DAY))
        .hasSize(4)
        .allSatisfy(
            band -> {
              assertThat(band.requisitions()).isZero();
              assertThat(band.fte()).isZero();
            });
  }
}
