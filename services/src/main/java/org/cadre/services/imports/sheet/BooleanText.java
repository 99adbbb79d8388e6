package org.cadre.services.imports.sheet;

import java.util.Locale;

/** Reads yes/no values written as text: yes, no, y, n, true, false, 1, 0, in any case. */
final class BooleanText {

  private BooleanText() {}

  /** The value, or {@code null} if the text is neither yes nor no. */
  static Boolean parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> Boolean.TRUE;
      case "no", "n", "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  static String whyNot(String text) {
    return NumberText.quote(text) + " is not yes or no; write yes or no";
  }
}
