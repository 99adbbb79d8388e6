package org.cadre.services.blueprint.document;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading of the blueprint series: a number, then ")" (or "." or ":" or a dash), then the
 * heading, as in "7) KPIs and Productivity Metrics". The number may follow a word ("Section 7:
 * KPIs", "Part 7 – KPIs") and the line may be a Markdown heading ("## 7) KPIs").
 *
 * @param marked whether the number is marked as a section number ("7)", "Section 7", a Markdown
 *     heading) rather than written like a numbered list item ("7."), which tells how sure a text
 *     line is a heading
 */
record NumberedHeading(int number, boolean marked, String heading) {

  static final int MAX_LENGTH = 120;

  private static final Pattern PATTERN =
      Pattern.compile(
          "^(#{1,6}\\s*)?(?:(?i:section|part|chapter)\\s+)?(\\d{1,2})\\s?([).:–—-])?\\s+(\\S.*)$");

  /** A document's sections are numbered at least this many times at their level. */
  static final int MIN_SECTIONS = 3;

  /**
   * The heading level of a document's sections, given how many numbered headings each level has:
   * the highest level (smallest number) with at least {@value #MIN_SECTIONS} of them, since
   * numbered skills or steps may sit below the sections in greater number; else the level with
   * most.
   */
  static Integer sectionLevel(Map<Integer, Integer> numberedByLevel) {
    Integer most = null;
    Integer highest = null;
    for (Map.Entry<Integer, Integer> entry : new TreeMap<>(numberedByLevel).entrySet()) {
      if (highest == null && entry.getValue() >= MIN_SECTIONS) {
        highest = entry.getKey();
      }
      if (most == null || entry.getValue() > numberedByLevel.get(most)) {
        most = entry.getKey();
      }
    }
    return highest != null ? highest : most;
  }

  /** The heading the text states, or {@code null} if the text is not a numbered heading. */
  static NumberedHeading parse(String text) {
    String line = text.strip();
    if (line.length() > MAX_LENGTH) {
      return null;
    }
    Matcher m = PATTERN.matcher(line);
    if (!m.matches()) {
      return null;
    }
    boolean worded = !Character.isDigit(line.charAt(m.group(1) == null ? 0 : m.end(1)));
    String closer = m.group(3);
    if (closer == null && !worded) {
      return null;
    }
    String heading = m.group(4).strip();
    char first = heading.charAt(0);
    boolean dash = closer != null && "–—-".contains(closer);
    if (!Character.isUpperCase(first) && (dash || !Character.isDigit(first))) {
      return null;
    }
    if (heading.endsWith(".") || heading.endsWith(":") || heading.endsWith(",")) {
      return null;
    }
    boolean marked = m.group(1) != null || worded || ")".equals(closer);
    return new NumberedHeading(Integer.parseInt(m.group(2)), marked, heading);
  }
}
