package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.hiring.FieldProblem;
import org.cadre.services.common.InvalidInputException;

/**
 * Reads what callers send to hiring (dates, levels, names of enum values), collecting every problem
 * with its field, so one refusal names them all.
 */
final class HiringTerms {

  private final List<InvalidInputException.Problem> problems = new ArrayList<>();

  LocalDate date(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, text, "is required, as a date like 2027-03-01");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problem(field, text, "is not a date; write it as 2027-03-01");
      return null;
    }
  }

  Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      problem(field, text, "is required, as a date and time like 2027-03-01T14:00:00Z");
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      problem(field, text, "is not a date and time; write it as 2027-03-01T14:00:00Z");
      return null;
    }
  }

  Level level(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String wanted = text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    for (Level level : Level.values()) {
      if (level.name().equals(wanted) || level.label().equalsIgnoreCase(text.strip())) {
        return level;
      }
    }
    problem(field, text, "is not a level; use one of " + names(Level.values()));
    return null;
  }

  <E extends Enum<E>> E choice(String field, String text, Class<E> type, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, text, "is required: one of " + names(type.getEnumConstants()));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      problem(field, text, "is not one of " + names(type.getEnumConstants()));
      return null;
    }
  }

  BigDecimal fte(String field, BigDecimal fte, BigDecimal otherwise) {
    if (fte == null) {
      return otherwise;
    }
    if (fte.signum() <= 0
        || fte.compareTo(BigDecimal.ONE) > 0
        || fte.stripTrailingZeros().scale() > 3) {
      problem(
          field, fte.toPlainString(), "is a share of one post, above 0 and at most 1 (e.g. 0.8)");
    }
    return fte;
  }

  String text(String field, String text, int max, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, text, "is required");
      }
      return null;
    }
    if (text.strip().length() > max) {
      problem(field, text.length() + " characters", "takes at most " + max + " characters");
    }
    return text.strip();
  }

  void problem(String field, Object value, String reason) {
    problems.add(
        new InvalidInputException.Problem(field, value == null ? null : value.toString(), reason));
  }

  void addAll(List<FieldProblem> found) {
    found.forEach(p -> problem(p.field(), p.value(), p.reason()));
  }

  /** Refuses the call when any problem was found. */
  void check() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream()
              .map(p -> p.field() + ": " + p.reason())
              .collect(Collectors.joining("; ")),
          problems);
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
