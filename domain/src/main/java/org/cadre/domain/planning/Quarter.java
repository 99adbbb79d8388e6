package org.cadre.domain.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A planning period: one calendar quarter, written {@code 2027-Q1}. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

  /** The longest range of quarters one request may ask for: six years. */
  public static final int MAX_RANGE = 24;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (year < 2000 || year > 2200 || number < 1 || number > 4) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
    }
  }

  /** The quarter written as {@code 2027-Q1} (case and surrounding spaces ignored), if it is one. */
  public static Optional<Quarter> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2200) {
      return Optional.empty();
    }
    return Optional.of(new Quarter(year, Integer.parseInt(m.group(2))));
  }

  public static Quarter containing(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter the clock's date (in the clock's time zone) falls in. */
  public static Quarter current(Clock clock) {
    return containing(LocalDate.now(clock));
  }

  /** The quarters from the first to the last, both included; empty when last is before first. */
  public static List<Quarter> range(Quarter first, Quarter last) {
    List<Quarter> quarters = new ArrayList<>();
    for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
      quarters.add(q);
    }
    return quarters;
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The last day of the quarter. */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /**
   * The day the quarter's people in post and open requisitions are counted on: its last day once it
   * has ended, else today (people not yet hired are not counted in a quarter to come).
   */
  public LocalDate countedOn(LocalDate today) {
    LocalDate last = end();
    return last.isBefore(today) ? last : today;
  }

  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  /** The quarter this many quarters later (earlier when negative), across years. */
  public Quarter plus(int quarters) {
    int index = Math.addExact(Math.multiplyExact(year, 4) + number - 1, quarters);
    return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : number - other.number;
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
