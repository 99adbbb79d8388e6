package org.cadre.services.blueprint.document;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the advertising that a plain-text capture holds inside the article, between its sections or
 * lists. Three kinds are recognised, always as whole lines:
 *
 * <ul>
 *   <li>a line repeating one of the page's lines above the title or below the article: sites put
 *       the same advert units above, inside and below their posts;
 *   <li>an advert label standing alone: "Advertisement", "Sponsored", "Story continues below";
 *   <li>an advert unit as the series' site writes them: a short headline in title case ("Find the
 *       Best Language Schools"), up to four single-line paragraphs later a short call to action in
 *       title case ("Explore Language Schools"), and the one short line after it.
 * </ul>
 */
final class TextAdvertising {

  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(advertisements?|sponsored( content| links?| post)?|ads?|promoted( content)?"
              + "|paid (content|partnership)|(story|article) continues below( advertisement)?"
              + "|continue reading below|scroll to continue( with content)?)$");

  private static final Pattern HEADLINE =
      Pattern.compile("^(Find|Discover|Compare|Explore|Book|Choose|Top|Best|Get|Shop)\\b.*");

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "^(Explore|Compare|Book|Shop|Find|Get|Visit|View|See|Browse|Search|Discover|Learn|Sign"
              + "|Start|Try|Join|Download|Apply|Order|Buy|Claim|Register|Subscribe)\\b.*");

  /** Lines between a headline and its call to action, at most. */
  private static final int MAX_UNIT_LINES = 4;

  /** A repeated line is taken for advertising only with at least this many words. */
  private static final int MIN_REPEATED_WORDS = 2;

  private TextAdvertising() {}

  /**
   * The indexes of the advertising lines among {@code lines[from..to)}; {@code pageLines} are the
   * normalised lines of the page outside the article (see {@link #normalise}).
   */
  static Set<Integer> find(String[] lines, int from, int to, Set<String> pageLines) {
    int longest = pageLines.stream().mapToInt(String::length).max().orElse(0);
    int[] run = runLengths(lines, from, to);
    Set<Integer> found = new TreeSet<>();
    for (int i = from; i < to; i++) {
      String raw = lines[i];
      if (raw.isBlank()
          || Character.isWhitespace(raw.charAt(0))
          || run[i - from] > MAX_UNIT_LINES + 2
          || raw.length() > longest && !standsAlone(lines, i)) {
        // Indented (list items), in a long run of lines (tables), or not a line that could
        // repeat the page's, nor an advert's label or headline.
        continue;
      }
      String line = Texts.oneLine(raw);
      if (LABEL.matcher(line).matches() && standsAlone(lines, i)) {
        found.add(i);
      } else if (line.length() <= longest
          && Texts.words(line) >= MIN_REPEATED_WORDS
          && line.chars().anyMatch(Character::isLetter)
          && pageLines.contains(normalise(line))) {
        // A repeated line with words; a rule ("* * *") separates, it advertises nothing.
        found.add(i);
      } else if (isShortTitle(line, HEADLINE) && standsAlone(lines, i)) {
        int end = unitEnd(lines, i, to);
        for (int k = i; k <= end; k++) {
          if (!lines[k].isBlank()) {
            found.add(k);
          }
        }
      }
    }
    return found;
  }

  /** For each line, how many non-blank lines the run of them that holds it has. */
  private static int[] runLengths(String[] lines, int from, int to) {
    int[] run = new int[to - from];
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || lines[i].isBlank()) {
        for (int k = start; k < i; k++) {
          run[k - from] = i - start;
        }
        start = i + 1;
      }
    }
    return run;
  }

  /** A line as compared with the page's lines: on one line, in lower case. */
  static String normalise(String line) {
    return Texts.oneLine(line).toLowerCase(Locale.ROOT);
  }

  /**
   * The last line of the advert unit whose headline is line {@code start}, or {@code start - 1}
   * when no call to action follows it.
   */
  private static int unitEnd(String[] lines, int start, int to) {
    int seen = 0;
    for (int i = start + 1; i < to && seen <= MAX_UNIT_LINES; i++) {
      String line = Texts.oneLine(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      if (!standsAlone(lines, i) || ListLine.parse(lines[i]) != null) {
        return start - 1;
      }
      if (isShortTitle(line, CALL_TO_ACTION)) {
        int after = nextNonBlank(lines, i + 1, to);
        return after >= 0 && isClosingLine(lines, after) ? after : i;
      }
      seen++;
    }
    return start - 1;
  }

  /** The short sentence an advert unit ends with: "Start this month and save on a course." */
  private static boolean isClosingLine(String[] lines, int i) {
    String line = Texts.oneLine(lines[i]);
    return standsAlone(lines, i)
        && ListLine.parse(lines[i]) == null
        && NumberedHeading.parse(line) == null
        && Texts.words(line) <= 15
        && line.endsWith(".");
  }

  /** A title-case line of at most seven words without closing punctuation. */
  private static boolean isShortTitle(String line, Pattern start) {
    if (!start.matcher(line).matches()
        || Texts.words(line) > 7
        || Texts.endsLikeSentence(line)
        || NumberedHeading.parse(line) != null) {
      return false;
    }
    for (String word : line.split("\\s+")) {
      if (word.length() > 3 && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line stands between blank lines (or the start or end of the text). */
  private static boolean standsAlone(String[] lines, int i) {
    return (i == 0 || lines[i - 1].isBlank()) && (i + 1 >= lines.length || lines[i + 1].isBlank());
  }

  private static int nextNonBlank(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
