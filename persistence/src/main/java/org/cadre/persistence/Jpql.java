package org.cadre.persistence;

import java.util.Locale;

/** Helpers for building JPQL safely from user input. */
public final class Jpql {

  /** The escape character used with {@link #containsPattern}: write {@code ESCAPE '\'}. */
  public static final char ESCAPE = '\\';

  private Jpql() {}

  /** A lower-case LIKE pattern matching the text anywhere, with the user's wildcards escaped. */
  public static String containsPattern(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
