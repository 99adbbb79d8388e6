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
 *       parentheses ("Kubernetes (EKS/AKS/GKE)"). Its first name, and a name after a slash, may be
 *       in lower case ("kubectl", "Docker / containerd"); a name may go on in lower case ("SBOM
 *       tooling", "Cloud IAM + OIDC workload identity") and through a joining word ("Markdown docs
 *       in Git");
 *   <li>the use is a phrase whose first word is capitalised and is followed by lower-case words
 *       ("Core infrastructure and managed services"), starts with a hyphenated word
 *       ("Provider-native IaC patterns", "On-call scheduling"), or follows a closing parenthesis
 *       ("Service mesh (Istio/Linkerd) mTLS, traffic shaping").
 * </ul>
 *
 * So the use starts at the last capitalised word before the first lower-case word that does not
 * belong to a name. The category takes the lower-case words after its first word; when that leaves
 * no tool ("Kubernetes tooling kubectl Inspecting clusters"), its last lower-case words are given
 * back to the tool. When a cell comes out empty the split is refused and the caller keeps the row
 * whole with a warning.
 */
final class ToolRowSplitter {

  private static final Set<String> JOINING_WORDS =
      Set.of("as", "in", "of", "for", "and", "or", "with", "on", "via", "&", "+");

  private static final Set<String> SEPARATORS = Set.of("/", "+", "&", "|");

  /** How many lower-case words the category may give back to the tool. */
  private static final int MAX_GIVEN_BACK = 3;

  private ToolRowSplitter() {}

  /** Category, tool and use, or {@code null} when the row cannot be split with confidence. */
  static List<String> split(String row, boolean withCategory) {
    if (row.isBlank()) {
      return null;
    }
    String[] words = row.strip().split("\\s+");
    if (!withCategory) {
      int useStart = useStart(words, 0);
      return isValid(words, 0, useStart)
          ? List.of(join(words, 0, useStart), join(words, useStart, words.length))
          : null;
    }
    int greedy = categoryEnd(words);
    for (int toolStart = greedy;
        toolStart >= 1 && greedy - toolStart <= MAX_GIVEN_BACK;
        toolStart--) {
      if (toolStart < greedy && !mayGiveBack(words, toolStart, greedy)) {
        continue;
      }
      int useStart = toolStart < words.length ? useStart(words, toolStart) : -1;
      if (isValid(words, toolStart, useStart)) {
        return List.of(
            join(words, 0, toolStart),
            join(words, toolStart, useStart),
            join(words, useStart, words.length));
      }
    }
    return null;
  }

  /**
   * Whether the category may give the words from {@code toolStart} to {@code greedy} back to the
   * tool: they are lower-case names and separators ("kubectl", "bash / jq"), not joining words, and
   * the category does not then end on a joining word or separator.
   */
  private static boolean mayGiveBack(String[] words, int toolStart, int greedy) {
    String last = words[toolStart - 1];
    if (isJoiningWord(last) || SEPARATORS.contains(last) || last.endsWith("/")) {
      return false;
    }
    if (!startsLowerCase(words[toolStart]) || isJoiningWord(words[toolStart])) {
      return false;
    }
    for (int k = toolStart; k < greedy; k++) {
      boolean name = startsLowerCase(words[k]) && !isJoiningWord(words[k]);
      if (!name && !SEPARATORS.contains(words[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isValid(String[] words, int toolStart, int useStart) {
    return toolStart < words.length
        && useStart > toolStart
        && useStart < words.length
        && !SEPARATORS.contains(words[useStart - 1])
        && !words[useStart - 1].endsWith("/")
        && !JOINING_WORDS.contains(words[useStart - 1].toLowerCase(Locale.ROOT));
  }

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

  /**
   * Where the use starts in the words from {@code from} (the tool's first word), or -1. Walks the
   * tool's names: a name is a first word of any case, then capitalised words; a lower-case word
   * ends the names, and the use starts at the last capitalised word before it, unless that word
   * began the current name, in which case the lower-case words belong to the name.
   */
  private static int useStart(String[] words, int from) {
    int lastCapital = -1;
    int nameStart = from;
    int depth = 0;
    boolean nameNext = true;
    boolean lowerCaseName = false;
    boolean afterParenthesis = false;
    for (int j = from; j < words.length; j++) {
      String word = words[j];
      if (depth > 0 || word.startsWith("(")) {
        depth = Math.max(0, depth + FlatRowSplitter.parenthesisBalance(word));
        afterParenthesis = depth == 0 && j > from;
        continue;
      }
      if (SEPARATORS.contains(word)) {
        nameNext = true;
        afterParenthesis = false;
        continue;
      }
      if (afterParenthesis) {
        // "Kubernetes (EKS/AKS/GKE) Shared runtime platform": the names end at the parenthesis.
        return j;
      }
      if (nameNext) {
        // The tool's first name, or the next name in "A / B": taken whatever its case.
        nameNext = word.endsWith("/");
        lowerCaseName = startsLowerCase(word);
        nameStart = j;
        if (!lowerCaseName) {
          lastCapital = j;
        }
        continue;
      }
      if (lowerCaseName) {
        if (startsLowerCase(word) || isJoiningWord(words[j - 1])) {
          continue;
        }
        return j;
      }
      if (isHyphenatedModifier(word)) {
        return j;
      }
      if (startsLowerCase(word)) {
        if (lastCapital > nameStart) {
          return lastCapital;
        }
        // "SBOM tooling", "OIDC workload identity": the name goes on in lower case.
        lowerCaseName = true;
        continue;
      }
      if (word.endsWith(",")) {
        // A list has begun, so the use started at this word or at the one before it.
        return j - 1 == nameStart ? j : j - 1;
      }
      lastCapital = j;
      nameNext = word.endsWith("/");
    }
    return -1;
  }

  private static boolean isJoiningWord(String word) {
    return JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT));
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
