package org.cadre.services.common;

import java.util.Locale;
import java.util.Optional;

/**
 * What text Cadre stores: no control characters (NUL and the rest of C0 but tab, line feed and
 * carriage return; DEL; C1), which PostgreSQL refuses or which break exports and logs, and no
 * bidirectional embeddings, overrides or isolates (U+202A to U+202E, U+2066 to U+2069), which can
 * make text read differently from what it holds. One rule for API fields, portal forms and
 * spreadsheet cells.
 */
public final class TextRules {

  private TextRules() {}

  /** Why the text cannot be stored, naming the first character at fault; empty when it can. */
  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        return Optional.of(
            "contains the control character " + code(c) + ", which text cannot hold; remove it");
      }
      if (isBidiControl(c)) {
        return Optional.of(
            "contains " + code(c) + ", a bidirectional override that can disguise text; remove it");
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses text that breaks the rule, naming the field and showing the value with the characters
   * at fault made visible.
   */
  public static void require(String field, String text) {
    problem(text)
        .ifPresent(
            reason -> {
              throw InvalidInputException.of(field, visible(text), reason);
            });
  }

  /** The text with each character at fault written as {@code [U+0000]}. */
  public static String visible(String text) {
    if (text == null || problem(text).isEmpty()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) || isBidiControl(c)) {
        shown.append('[').append(code(c)).append(']');
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String code(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
