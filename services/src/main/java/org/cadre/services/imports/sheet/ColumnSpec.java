package org.cadre.services.imports.sheet;

import java.util.List;
import java.util.Objects;

/**
 * A column an import reads: the header it is found by, other headers it may go by, whether it must
 * be present and filled in, and the kind of value it holds.
 *
 * <p>Headers are compared ignoring case, spaces, punctuation and accents, so "Hire date",
 * "HIRE_DATE" and "hire-date" name the same column.
 *
 * @param aliases other headers that name this column, e.g. "Start date" for "Hire date"
 * @param required the column must be in the header row and every row must have a value in it
 */
public record ColumnSpec(String header, List<String> aliases, boolean required, Kind kind) {

  /** The kind of value a column holds, which decides how its cells are read. */
  public enum Kind {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN
  }

  public ColumnSpec {
    Objects.requireNonNull(kind, "kind");
    if (header == null || HeaderNames.normalize(header).isEmpty()) {
      throw new IllegalArgumentException("a column needs a header with letters or digits");
    }
    aliases = List.copyOf(aliases);
    if (aliases.stream().anyMatch(alias -> HeaderNames.normalize(alias).isEmpty())) {
      throw new IllegalArgumentException("an alias needs letters or digits");
    }
  }

  public static ColumnSpec required(String header, Kind kind, String... aliases) {
    return new ColumnSpec(header, List.of(aliases), true, kind);
  }

  public static ColumnSpec optional(String header, Kind kind, String... aliases) {
    return new ColumnSpec(header, List.of(aliases), false, kind);
  }

  /** Whether a header cell, already {@linkplain HeaderNames#normalize normalised}, names this. */
  boolean answersTo(String normalizedHeader) {
    if (HeaderNames.normalize(header).equals(normalizedHeader)) {
      return true;
    }
    for (String alias : aliases) {
      if (HeaderNames.normalize(alias).equals(normalizedHeader)) {
        return true;
      }
    }
    return false;
  }
}
