package org.cadre.domain.blueprint;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that recognises the same role across imports: the title folded to lower-case ASCII words,
 * so "Lead Cloud-Native Engineer" and "lead cloud native engineer" are one role.
 */
public final class RoleKey {

  public static final int MAX = 200;

  private RoleKey() {}

  public static String of(String title) {
    String folded =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("a title needs at least one letter or digit: " + title);
    }
    return folded.length() > MAX ? folded.substring(0, MAX) : folded;
  }
}
