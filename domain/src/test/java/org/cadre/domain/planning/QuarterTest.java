package org.cadre.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void parsesAndWritesTheIsoLikeForm() {
    assertThat(Quarter.parse(" 2027-q1 ")).contains(new Quarter(2027, 1));
    assertThat(new Quarter(2027, 4).toString()).isEqualTo("2027-Q4");
    assertThat(Quarter.parse("2027-Q5")).isEmpty();
    assertThat(Quarter.parse("Q1 2027")).isEmpty();
    assertThat(Quarter.parse("1999-Q1")).isEmpty();
    assertThat(Quarter.parse(null)).isEmpty();
  }

  @Test
  void knowsItsDaysAndNeighbours() {
    Quarter q1 = new Quarter(2028, 1);
    assertThat(q1.start()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(new Quarter(2027, 4).end()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(new Quarter(2027, 4).next()).isEqualTo(q1);
    assertThat(q1.previous()).isEqualTo(new Quarter(2027, 4));
    assertThat(Quarter.containing(LocalDate.of(2027, 8, 15))).isEqualTo(new Quarter(2027, 3));
  }

  @Test
  void rangesIncludeBothEnds() {
    assertThat(Quarter.range(new Quarter(2027, 3), new Quarter(2028, 2)))
        .extracting(Quarter::toString)
        .containsExactly("2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2");
    assertThat(Quarter.range(new Quarter(2028, 1), new Quarter(2027, 1))).isEmpty();
  }

  @Test
  void theCurrentQuarterAndTheDemoRangeAtTheEndOfAYear() {
    Clock lastSecond = Clock.fixed(Instant.parse("2027-12-31T23:59:59Z"), ZoneOffset.UTC);
    Clock firstSecond = Clock.offset(lastSecond, Duration.ofSeconds(1));

    Quarter before = Quarter.current(lastSecond);
    Quarter after = Quarter.current(firstSecond);

    assertThat(before).isEqualTo(new Quarter(2027, 4));
    assertThat(after).isEqualTo(new Quarter(2028, 1));
    assertThat(before.next()).isEqualTo(after);
    assertThat(after.previous()).isEqualTo(before);
    // the demo plans the current quarter and the next three
    assertThat(Quarter.range(before, before.plus(3)))
        .extracting(Quarter::toString)
        .containsExactly("2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3");
    assertThat(Quarter.range(after, after.plus(3)))
        .extracting(Quarter::toString)
        .containsExactly("2028-Q1", "2028-Q2", "2028-Q3", "2028-Q4");
  }

  @Test
  void theCurrentQuarterIsTheClocksDateInItsZone() {
    Clock newYearInUtc = Clock.fixed(Instant.parse("2028-01-01T02:00:00Z"), ZoneOffset.UTC);

    assertThat(Quarter.current(newYearInUtc)).isEqualTo(new Quarter(2028, 1));
    assertThat(Quarter.current(newYearInUtc.withZone(ZoneId.of("America/New_York"))))
        .isEqualTo(new Quarter(2027, 4));
  }

  @Test
  void addsAndSubtractsQuartersAcrossYears() {
    Quarter q4 = new Quarter(2027, 4);

    assertThat(q4.plus(0)).isEqualTo(q4);
    assertThat(q4.plus(1)).isEqualTo(new Quarter(2028, 1));
    assertThat(q4.plus(5)).isEqualTo(new Quarter(2029, 1));
    assertThat(q4.plus(-4)).isEqualTo(new Quarter(2026, 4));
    assertThat(new Quarter(2028, 1).plus(-1)).isEqualTo(q4);
    assertThat(new Quarter(2028, 1).plus(-5)).isEqualTo(new Quarter(2026, 4));
    assertThat(q4.plus(8).previous().previous()).isEqualTo(q4.plus(6));
  }
}
