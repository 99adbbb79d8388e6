package org.cadre.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
