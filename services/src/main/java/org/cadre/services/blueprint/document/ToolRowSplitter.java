package org.cadre.services.blueprint.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a flattened tools-table row, with its commonality already taken off the end, into
 * category, tool and primary use: "Infrastructure as Code Terraform Standard IaC, modules,
 * environments" is "Infrastructure as Code" / "Terraform" / "Standard IaC, modules, environments".
 *
 * <p>It relies on how the series writes the three cells:
 *
 * <ul>
 *   <li>the category is a short phrase: a first word, then lower-case words ("Cloud platforms"),
 *       joined words ("Infrastructure as Code", "Container / orchestration"), or the noun after a
 *       hyphenated modifier ("Cloud-native IaC");
 *   <li>the tool is a run of names: capitalised words and acronyms, joined by "/" or "+", with
 *       parentheses ("Kubernetes (EKS/AKS/GKE)"); after a slash a lower-case name may follow
 *       ("Docker / containerd");
 *   <li>the use is a phrase whose first word is capitalised and is followed by lower-case words
 *       ("Core infrastructure and managed services"), or starts with a hyphenated word
 *       ("Provider-native IaC patterns", "On-call scheduling").
 * </ul>
 *
 * So the use starts at the last capitalised word before the first lower-case word that does not
 * belong to a name. When a cell comes out empty the split is refused and the caller keeps the row
 * whole with a warning.
 */
final class ToolRowSplitter {

  private static final Set<String> JOINING_WORDS = Set.of("as", "in", "of", "for", "and", "&", "+");

  private static final Set<String> SEPARATORS = Set.of("/", "+", "&", "|");

  /** Category, tool and use, or {@code null} when the row cannot be split with confidence. */
  static List<String> split(String row, boolean withCategory) {
    String[] words = row.strip().split("\\s+");
    int toolStart = withCategory ? categoryEnd(words) : 0;
    if (toolStart >= words.length) {
      return null;
    }
    int useStart = useStart(words, toolStart);
    if (useStart <= toolStart || useStart >= words.length) {
      return null;
    }
    String tool = join(words, toolStart, useStart);
    if (SEPARATORS.contains(words[useStart - 1]) || tool.endsWith("/")) {
      return null;
    }
    String use = join(words, useStart, words.length);
    return withCategory ? List.of(join(words, 0, toolStart), tool, use) : List.of(tool, use);
  }

  private ToolRowSplitter() {}

  private static int categoryEnd(String[] words) {
    int k = isHyphenatedModifier(words[0]) && words.length > 1 ? 2 : 1;
    while (k < words.length) {
      String previous = words[k - 1];
      String word = words[k];
      boolean joined =
          JOINING_WORDS.contains(previous.toLowerCase(Locale.ROOT))
              || SEPARATORS.contains(previous)
              || previous.endsWith("/");
      if (joined || SEPARATORS.contains(word) || startsLowerCase(word)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private static int useStart(String[] words, int from) {
    int lastCapital = -1;
    int depth = 0;
    boolean afterSeparator = false;
    boolean lowerCaseName = false;
    int nameAfterSeparator = -1;
    for (int j = from; j < words.length; j++) {
      String word = words[j];
      if (depth > 0 || word.startsWith("(")) {
        depth = Math.max(0, depth + FlatRowSplitter.parenthesisBalance(word));
        continue;
      }
      if (SEPARATORS.contains(word)) {
        afterSeparator = true;
        lowerCaseName = false;
        continue;
      }
      if (afterSeparator) {
        // The next name in "A / B": taken whatever its case.
        afterSeparator = word.endsWith("/");
        lowerCaseName = startsLowerCase(word);
        nameAfterSeparator = j;
        if (!lowerCaseName) {
          lastCapital = j;
        }
        continue;
      }
      if (lowerCaseName) {
        if (startsLowerCase(word)) {
          continue;
        }
        return j;
      }
      if (j > from && isHyphenatedModifier(word)) {
        return j;
      }
      if (startsLowerCase(word)) {
        return lastCapital;
      }
      if (word.endsWith(",")) {
        // A list has begun, so the use started at this word or at the one before it.
        return j - 1 == from || j - 1 == nameAfterSeparator ? j : j - 1;
      }
      lastCapital = j;
      afterSeparator = word.endsWith("/");
    }
    return -1;
  }

  /** A capitalised word joined by a hyphen to a lower-case one: "Cloud-native", "On-call". */
  private static boolean isHyphenatedModifier(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && Character.isUpperCase(word.charAt(0))
        && Character.isLowerCase(word.charAt(hyphen + 1))
        && !hasCapitalAfterFirst(word.substring(0, hyphen));
  }

  private static boolean hasCapitalAfterFirst(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsLowerCase(String word) {
    return Character.isLowerCase(word.charAt(0));
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", List.of(words).subList(from, to));
  }
}
