package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a table row that a text capture flattened to one line ("Golden path usage #/percentage of
 * new services using standard templates Standardization reduces risk and toil ≥ 70% of new
 * services") back into its cells.
 *
 * <p>The blueprint series writes each cell as a phrase starting with a capital letter, a digit or a
 * symbol (%, #, ≥, &lt;, ...) with the rest in lower case, apart from names and acronyms. So a cell
 * boundary is a word that could start a phrase and cannot continue one: it starts with a capital
 * letter and has no other capitals (acronyms and product names such as SLO or FinOps are kept as
 * weaker candidates), a digit or such a symbol; it is outside parentheses; and the word before it
 * could end a phrase (not "of", "for", "within", ..., not ending in a comma, a slash or a number).
 *
 * <p>Candidates are ranked: a plain capitalised word, a digit or "%"/"#" is strong; a capitalised
 * word right after another capitalised word ("Kubernetes N-2") is weaker, as names run on; an
 * acronym, or a comparison after an acronym ("MTTR &lt; 60 minutes"), is weaker still; and any
 * start after a word such as "up", "on" or "less", which seldom ends a phrase, is weakest. The row
 * is split at the best-ranked candidates only when they are exactly as many as needed and rank
 * above every candidate left out; otherwise the caller keeps the row whole and warns.
 */
final class FlatRowSplitter {

  private static final String SYMBOLS = "%#≥≤<>~$€£";

  /** Words after which a new cell never starts: a phrase does not end on them. */
  private static final Set<String> CONTINUING_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "for",
          "to",
          "and",
          "or",
          "nor",
          "with",
          "by",
          "at",
          "per",
          "across",
          "via",
          "within",
          "vs",
          "vs.",
          "versus",
          "than",
          "from",
          "into",
          "e.g.",
          "i.e.",
          "e.g.,",
          "i.e.,",
          "such",
          "including",
          "like",
          "every",
          "each",
          "approximately",
          "approx.",
          "between",
          "during",
          "without",
          "toward",
          "towards",
          "is",
          "are",
          "be",
          "if",
          "when",
          "where",
          "that",
          "which",
          "its",
          "their",
          "our",
          "your",
          "not",
          "no");

  /**
   * Words a phrase seldom ends on ("up to 5", "in 6 months") but may ("woke someone up", "acted
   * on"): a cell start after them ranks lowest.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "up", "down", "in", "on", "out", "off", "over", "under", "below", "above", "about",
          "around", "as", "after", "before", "through", "first", "last", "next", "past", "least",
          "most", "more", "less");

  private FlatRowSplitter() {}

  /** The row's cells, or {@code null} when it cannot be split into exactly {@code cells} cells. */
  static List<String> split(String row, int cells) {
    String[] words = row.strip().split("\\s+");
    if (cells < 1 || words.length < cells) {
      return null;
    }
    if (cells == 1) {
      return List.of(row.strip());
    }
    int[] rank = new int[words.length];
    int depth = 0;
    for (int k = 0; k < words.length; k++) {
      Ending ending = k > 0 && depth == 0 ? ending(words[k - 1]) : Ending.NEVER;
      if (ending != Ending.NEVER) {
        rank[k] = rank(words[k], words[k - 1]);
        if (rank[k] > 0 && ending == Ending.SELDOM) {
          rank[k] = AFTER_PARTICLE;
        }
      }
      depth = Math.max(0, depth + parenthesisBalance(words[k]));
    }
    List<Integer> boundaries = best(rank, cells - 1);
    return boundaries == null ? null : cut(words, boundaries);
  }

  /**
   * The {@code needed} best-ranked candidates in word order, or {@code null} unless there are that
   * many and each ranks above every candidate left out.
   */
  private static List<Integer> best(int[] rank, int needed) {
    List<Integer> chosen = new ArrayList<>();
    for (int level = STRONG; level >= AFTER_PARTICLE && chosen.size() < needed; level--) {
      List<Integer> atLevel = new ArrayList<>();
      for (int k = 0; k < rank.length; k++) {
        if (rank[k] == level) {
          atLevel.add(k);
        }
      }
      if (chosen.size() + atLevel.size() > needed) {
        return null;
      }
      chosen.addAll(atLevel);
    }
    if (chosen.size() != needed) {
      return null;
    }
    chosen.sort(null);
    return chosen;
  }

  /**
   * The labels of a flattened header row ("Metric name What it measures Why it matters Frequency"):
   * a label starts at each capitalised word, except after a slash or an ampersand ("Common /
   * Optional / Context-specific" is one label).
   */
  static List<String> headerLabels(String header) {
    String[] words = header.strip().split("\\s+");
    List<Integer> boundaries = new ArrayList<>();
    int depth = 0;
    for (int k = 0; k < words.length; k++) {
      String previous = k > 0 ? words[k - 1] : "";
      if (k > 0
          && depth == 0
          && Character.isUpperCase(words[k].charAt(0))
          && !previous.endsWith("/")
          && !previous.equals("&")
          && !previous.equals("+")) {
        boundaries.add(k);
      }
      depth = Math.max(0, depth + parenthesisBalance(words[k]));
    }
    return cut(words, boundaries);
  }

  /** Ranks of a word as the start of a cell; 0 when it cannot start one. */
  private static final int STRONG = 4;

  private static final int AFTER_NAME = 3;
  private static final int WEAK = 2;
  private static final int AFTER_PARTICLE = 1;

  private static int rank(String word, String previous) {
    char first = word.charAt(0);
    if (first == '%' || first == '#') {
      // "% of changes", "# of incidents": how the series starts a measure, even after an acronym.
      return STRONG;
    }
    if (SYMBOLS.indexOf(first) >= 0) {
      // "MTTR < 60 minutes", "NPS > +20": a comparison with the acronym before it.
      return isAcronym(previous) ? WEAK : STRONG;
    }
    if (Character.isDigit(first)) {
      // "Improve 10–20%", "Tier 1": a number after a capitalised word continues its phrase.
      return Character.isUpperCase(previous.charAt(0)) ? 0 : STRONG;
    }
    if (isOpeningQuote(first) && word.length() > 1 && Character.isUpperCase(word.charAt(1))) {
      return STRONG;
    }
    if (Character.isUpperCase(first)) {
      if (hasCapitalAfterFirst(word)) {
        return WEAK;
      }
      return Character.isUpperCase(previous.charAt(0)) ? AFTER_NAME : STRONG;
    }
    return 0;
  }

  /** Whether a phrase may end on a word. */
  private enum Ending {
    NEVER,
    SELDOM,
    MAY
  }

  /**
   * Whether a phrase may end on the word: never on a joining word, a word ending in a comma, slash
   * or dash, or a number ("Under 30 minutes"); seldom on a particle ("woke someone up") or a code
   * ending in a digit ("for P1", "Kubernetes N-2").
   */
  private static Ending ending(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (CONTINUING_WORDS.contains(lower)) {
      return Ending.NEVER;
    }
    char last = word.charAt(word.length() - 1);
    if (",;:/&+(–-".indexOf(last) >= 0 || last == '%') {
      return Ending.NEVER;
    }
    if (Character.isDigit(last)) {
      return Character.isLetter(word.charAt(0)) ? Ending.SELDOM : Ending.NEVER;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return PARTICLES.contains(lower) ? Ending.SELDOM : Ending.MAY;
      }
    }
    return Ending.NEVER;
  }

  private static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean hasCapitalAfterFirst(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningQuote(char c) {
    return c == '“' || c == '"' || c == '‘' || c == '\'';
  }

  static int parenthesisBalance(String word) {
    int balance = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      balance += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return balance;
  }

  private static List<String> cut(String[] words, List<Integer> boundaries) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int boundary : boundaries) {
      cells.add(String.join(" ", List.of(words).subList(from, boundary)));
      from = boundary;
    }
    cells.add(String.join(" ", List.of(words).subList(from, words.length)));
    return cells;
  }
}
