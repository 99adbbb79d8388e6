package org.cadre.services.blueprint.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a blueprint saved as Markdown: by a converter from the web page (pipe tables without outer
 * pipes, hard breaks as two trailing spaces, "* * *" rules), by pandoc (grid or pipe tables, fenced
 * divs ":::", heading attributes "{#id .class}", backslash escapes) or written in a wiki. {@link
 * PageText} finds the article and its title, {@link MarkdownLineParser} reads its blocks.
 *
 * <p>The article starts at the first section: a heading "## 1) ..." (or a line "1) ..." at the left
 * margin), or in Markdown without numbers the first heading at the level that most headings share
 * that names a known section.
 */
final class MarkdownBlockReader {

  private MarkdownBlockReader() {}

  static RawDocument read(String text, Warnings warnings) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = withoutMarkup(lines[i]);
    }
    int first = firstSectionLine(lines);
    if (first < 0) {
      return new RawDocument(null, null, null, List.of());
    }
    int level = MarkdownLineParser.headingLevel(lines[first]);
    return PageText.read(
        lines,
        first,
        MarkdownLineParser::headingText,
        MarkdownLineParser::read,
        level > 0 ? level : TextLineParser.SECTION_LEVEL,
        warnings);
  }

  /**
   * The line without what only pandoc's markup says: a fenced div's fence (":::") is blank, a
   * heading loses its attributes ("## Tools {#tools .wp-block-heading}").
   */
  private static String withoutMarkup(String line) {
    String trimmed = line.strip();
    if (trimmed.startsWith(":::")) {
      return "";
    }
    if (trimmed.endsWith("}") && MarkdownLineParser.headingLevel(line) > 0) {
      int open = trimmed.lastIndexOf('{');
      if (open > 0 && Character.isWhitespace(trimmed.charAt(open - 1))) {
        char first = trimmed.charAt(Math.min(open + 1, trimmed.length() - 1));
        if (first == '#' || first == '.' || first == '-') {
          return trimmed.substring(0, open).stripTrailing();
        }
      }
    }
    return line;
  }

  private static int firstSectionLine(String[] lines) {
    for (boolean headings : new boolean[] {true, false}) {
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isEmpty()
            && !Character.isWhitespace(lines[i].charAt(0))
            && (MarkdownLineParser.headingLevel(lines[i]) > 0) == headings) {
          NumberedHeading heading = NumberedHeading.parse(MarkdownInline.plain(lines[i]));
          if (heading != null && heading.number() == 1 && (headings || heading.marked())) {
            return i;
          }
        }
      }
    }
    int level = sectionLevel(lines);
    for (int i = 0; level > 0 && i < lines.length; i++) {
      if (MarkdownLineParser.headingLevel(lines[i]) == level
          && SectionKind.of(MarkdownLineParser.headingText(lines[i])) != SectionKind.OTHER) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The heading level of the sections when they are unnumbered: the highest level with at least
   * {@value NumberedHeading#MIN_SECTIONS} headings; 0 when the text has no such headings.
   */
  private static int sectionLevel(String[] lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : lines) {
      int level = MarkdownLineParser.headingLevel(line);
      if (level > 0) {
        counts.merge(level, 1, Integer::sum);
      }
    }
    for (int level = 1; level <= 6; level++) {
      if (counts.getOrDefault(level, 0) >= NumberedHeading.MIN_SECTIONS) {
        return level;
      }
    }
    return 0;
  }
}
