package org.cadre.services.imports.sheet;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which header names are compared: letters and digits only, lower case, no accents. */
final class HeaderNames {

  private HeaderNames() {}

  static String normalize(String header) {
    String decomposed = Normalizer.normalize(header, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> kept.appendCodePoint(Character.toLowerCase(c)));
    return kept.toString().toLowerCase(Locale.ROOT);
  }
}
