package org.cadre.services.imports.sheet;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written as text. Accepted:
 *
 * <ul>
 *   <li>ISO {@code 2026-02-28}, also with a time after it ({@code 2026-02-28 09:30}, ignored);
 *   <li>day first with dots, {@code 28.02.2026}, which no convention writes month first;
 *   <li>with slashes, {@code 28/02/2026} or {@code 02/28/2026}, only when the order is plain from
 *       the value itself (one of the first two numbers is over 12, or both are equal). Whether
 *       {@code 03/04/2026} is 3 April or March 4 depends on who wrote it, so it is refused with a
 *       message rather than guessed.
 * </ul>
 *
 * Years have four digits. Impossible dates (31 February) are refused with the reason.
 */
final class DateText {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final String FORMAT = "write dates as YYYY-MM-DD, e.g. ";
  private static final String EXAMPLE = "2026-02-28";
  private static final int FIRST_YEAR = 1900;

  private DateText() {}

  /** The date, or {@code null} if the text is not one ({@link #whyNot} says why). */
  static LocalDate parse(String text) {
    Parts parts = parts(text);
    return parts == null || parts.problem() != null ? null : parts.date();
  }

  static String whyNot(String text) {
    Parts parts = parts(text);
    if (parts == null) {
      return NumberText.quote(text) + " is not a date; " + FORMAT + EXAMPLE;
    }
    String problem =
        parts.ambiguous()
            ? " is ambiguous: " + parts.problem()
            : " is not a date (" + parts.problem() + ")";
    return NumberText.quote(text) + problem + "; " + FORMAT + parts.example();
  }

  private static Parts parts(String text) {
    if (isPlainIso(text)) {
      return Parts.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return Parts.of(number(iso, 1), number(iso, 2), number(iso, 3));
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.matches()) {
      return Parts.of(number(dotted, 3), number(dotted, 2), number(dotted, 1), dotted.group(3));
    }
    Matcher slashed = SLASHED.matcher(text);
    if (slashed.matches()) {
      int first = number(slashed, 1);
      int second = number(slashed, 2);
      int year = number(slashed, 3);
      if (first > 12 || first == second) {
        return Parts.of(year, second, first, slashed.group(3));
      }
      if (second > 12) {
        return Parts.of(year, first, second, slashed.group(3));
      }
      return Parts.ambiguous(year, first, second, slashed.group(3));
    }
    return null;
  }

  /**
   * Whether the text is exactly {@code YYYY-MM-DD}, the form nearly every row of a large file uses:
   * read without running the patterns.
   */
  private static boolean isPlainIso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  /** A year, month and day read from text, and what is wrong with them, if anything. */
  private record Parts(int year, int month, int day, String problem, boolean ambiguous) {

    static Parts of(int year, int month, int day) {
      return new Parts(year, month, day, problem(year, month, day), false);
    }

    /** A year written with two digits is refused; the example then shows it in this century. */
    static Parts of(int year, int month, int day, String yearText) {
      return yearText.length() == 2
          ? new Parts(2000 + year, month, day, "the year needs four digits", false)
          : of(year, month, day);
    }

    /** Both orders are real dates: day first and month first. */
    static Parts ambiguous(int year, int first, int second, String yearText) {
      if (yearText.length() == 2) {
        return of(year, second, first, yearText);
      }
      return new Parts(
          year,
          second,
          first,
          "it could be "
              + first
              + " "
              + monthName(second)
              + " or "
              + monthName(first)
              + " "
              + second
              + ", "
              + year,
          true);
    }

    private static String problem(int year, int month, int day) {
      if (year < FIRST_YEAR) {
        return "the year " + year + " is before " + FIRST_YEAR;
      }
      if (month < 1 || month > 12) {
        return "there is no month " + month;
      }
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return "day " + day + " does not exist in " + monthName(month) + " " + year;
      }
      return null;
    }

    LocalDate date() {
      return LocalDate.of(year, month, day);
    }

    /** The nearest real date, to show the format with. */
    String example() {
      if (year < FIRST_YEAR || month < 1 || month > 12) {
        return EXAMPLE;
      }
      int lastDay = YearMonth.of(year, month).lengthOfMonth();
      return LocalDate.of(year, month, Math.max(1, Math.min(day, lastDay))).toString();
    }

    private static String monthName(int month) {
      return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
  }
}
