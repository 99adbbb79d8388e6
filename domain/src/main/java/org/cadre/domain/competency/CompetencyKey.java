package org.cadre.domain.competency;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key under which wordings of one skill meet: "Infrastructure-as-Code (IaC)", "infrastructure
 * as code" and "Infrastructure as Codes" all give {@code infrastructure as code}. Case, accents,
 * punctuation and parenthetical remarks are dropped, "-as-code" is read as "as code", and plural
 * words are made singular.
 */
public final class CompetencyKey {

  public static final int MAX = 300;

  private CompetencyKey() {}

  public static String of(String wording) {
    String text =
        Normalizer.normalize(wording, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\([^)]*\\)", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replace("&", " and ")
            .replaceAll("[^a-z0-9+#]+", " ")
            .strip();
    String key =
        Arrays.stream(text.split(" "))
            .filter(w -> !w.isEmpty())
            .map(CompetencyKey::singular)
            .collect(Collectors.joining(" "));
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a skill needs at least one letter or digit: " + wording);
    }
    return key.length() > MAX ? key.substring(0, MAX) : key;
  }

  /** English plural to singular, for keys only: it needs to be consistent, not always right. */
  static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("s")) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.substring(0, word.length() - 1);
  }
}
