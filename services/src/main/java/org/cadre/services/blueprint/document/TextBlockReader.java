package org.cadre.services.blueprint.document;

import java.util.List;

/**
 * Reads a plain-text capture of a blueprint page. Such a capture has the site's advertising above
 * the article and comments and footer below it, sometimes advertising inside it too ({@link
 * PageText} finds the article); its headings are bare lines, its lists use "•", "–" or numbers with
 * indentation for nesting, and its tables are flattened to one line per row ({@link TextLineParser}
 * reads them).
 *
 * <p>The article starts at the first section: a line "1) ..." (or "1.", "Section 1:") at the left
 * margin.
 */
final class TextBlockReader {

  private TextBlockReader() {}

  static RawDocument read(String text, Warnings warnings) {
    String[] lines = text.split("\n", -1);
    int first = firstSectionLine(lines);
    if (first < 0) {
      return new RawDocument(null, null, null, List.of());
    }
    return PageText.read(
        lines, first, Texts::oneLine, TextLineParser::read, TextLineParser.SECTION_LEVEL, warnings);
  }

  private static int firstSectionLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty() && !Character.isWhitespace(lines[i].charAt(0))) {
        NumberedHeading heading = NumberedHeading.parse(lines[i]);
        if (heading != null && heading.number() == 1) {
          return i;
        }
      }
    }
    return -1;
  }
}
