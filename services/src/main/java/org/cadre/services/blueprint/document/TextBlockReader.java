package org.cadre.services.blueprint.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a plain-text capture of a blueprint page. Such a capture has the site's advertising above
 * the article and comments and footer below it; its headings are bare lines, its lists use "•", "–"
 * or numbers with indentation for nesting, and its tables are flattened to one line per row.
 *
 * <ul>
 *   <li>The article starts at the title: the nearest line above "1) ..." that names a "Role
 *       Blueprint", else the line just above "1) ..."; other lines before the first section are
 *       skipped with a warning.
 *   <li>A line "N) Heading" at the left margin is a section heading; a short line standing alone
 *       between blank lines, not ending like a sentence, is a sub-heading.
 *   <li>A short header-like line directly followed by lines with at least as many words is a
 *       flattened table.
 *   <li>The article ends after the last section's table (the series closes with a summary table),
 *       or else at the first comment or footer line ("Subscribe", "Leave a Reply", ...); the rest
 *       is ignored with a warning.
 * </ul>
 */
final class TextBlockReader {

  private static final int MAX_TITLE_SEARCH = 40;

  private static final Pattern FOOTER =
      Pattern.compile(
          "(?i)^(subscribe|notify of|leave a (reply|comment)|\\d+ comments?|comments?"
              + "|related (posts|articles)|share this( post)?:?|like this:?|post navigation"
              + "|previous post|next post|inline feedbacks|view all comments|you may also like"
              + "|about the author|(tags?|categories?|filed under):.*|copyright\\b.*|©.*"
              + "|all rights reserved.*)$");

  private TextBlockReader() {}

  static RawDocument read(String text, Warnings warnings) {
    String[] lines = text.split("\n", -1);
    int first = firstSectionLine(lines);
    if (first < 0) {
      return new RawDocument(null, null, null, List.of());
    }
    int titleLine = titleLine(lines, first);
    String title = titleLine >= 0 ? Texts.oneLine(lines[titleLine]) : null;
    int skipped = nonBlankLines(lines, 0, titleLine >= 0 ? titleLine : first);
    if (skipped > 0) {
      warnings.add(
          "Skipped "
              + skipped
              + (skipped == 1 ? " line" : " lines")
              + " of page text before the title (advertising or navigation).");
    }
    int between = titleLine >= 0 ? nonBlankLines(lines, titleLine + 1, first) : 0;
    if (between > 0) {
      warnings.add(
          "Skipped "
              + between
              + (between == 1 ? " line" : " lines")
              + " of page text between the title and the first section.");
    }
    List<Block> blocks = new LineParser(lines).parse(first);
    trimAfterArticle(blocks, warnings);
    return new RawDocument(title, null, null, blocks);
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

  private static int titleLine(String[] lines, int first) {
    int nearest = -1;
    int seen = 0;
    for (int i = first - 1; i >= 0 && seen < MAX_TITLE_SEARCH; i--) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (nearest < 0 && line.length() <= 300) {
        nearest = i;
      }
      if (line.toLowerCase(Locale.ROOT).contains("role blueprint")) {
        return i;
      }
    }
    return nearest;
  }

  private static int nonBlankLines(String[] lines, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += lines[i].isBlank() ? 0 : 1;
    }
    return count;
  }

  /** Drops the comments, advertising and footer that follow the last section. */
  private static void trimAfterArticle(List<Block> blocks, Warnings warnings) {
    int lastSection = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Heading heading && heading.level() == 2) {
        lastSection = i;
      }
    }
    int cut = -1;
    for (int i = lastSection + 1; i < blocks.size() && cut < 0; i++) {
      if (blocks.get(i) instanceof Block.Table) {
        cut = i + 1;
      }
    }
    for (int i = lastSection + 1; i < blocks.size() && cut < 0; i++) {
      cut = footerAt(blocks, i);
    }
    if (cut < 0 || cut >= blocks.size()) {
      return;
    }
    List<Block> after = blocks.subList(cut, blocks.size());
    int lines = 0;
    for (Block block : after) {
      lines += SectionText.render(List.of(block)).split("\n").length;
    }
    warnings.add(
        "Ignored "
            + lines
            + (lines == 1 ? " line" : " lines")
            + " of page text after the article (advertising, comments, footer), from "
            + Texts.quote(SectionText.render(List.of(after.get(0))))
            + ".");
    after.clear();
  }

  /**
   * Where the footer starts if block {@code i} holds a footer line: the block's index, or the index
   * after it once the paragraph was cut before that line; -1 when it holds none.
   */
  private static int footerAt(List<Block> blocks, int i) {
    String text =
        blocks.get(i) instanceof Block.Paragraph p
            ? p.text()
            : blocks.get(i) instanceof Block.Heading h ? h.text() : null;
    if (text == null) {
      return -1;
    }
    String[] lines = text.split("\n");
    for (int k = 0; k < lines.length; k++) {
      if (FOOTER.matcher(lines[k].strip()).matches()) {
        if (k == 0) {
          return i;
        }
        blocks.set(i, new Block.Paragraph(String.join("\n", List.of(lines).subList(0, k))));
        blocks.add(
            i + 1, new Block.Paragraph(String.join("\n", List.of(lines).subList(k, lines.length))));
        return i + 1;
      }
    }
    return -1;
  }

  /** Turns the lines of the article into blocks, one line at a time. */
  private static final class LineParser {

    private final String[] lines;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final Deque<Integer> listIndents = new ArrayDeque<>();
    private List<String> tableHeader;
    private List<List<String>> tableRows;
    private int lastItemIndent = -1;
    private boolean afterBlank = true;
    private int lastSection;

    LineParser(String[] lines) {
      this.lines = lines;
    }

    List<Block> parse(int from) {
      for (int i = from; i < lines.length; i++) {
        String line = lines[i];
        String trimmed = Texts.oneLine(line);
        if (trimmed.isEmpty()) {
          endParagraph();
          endTable();
          afterBlank = true;
          continue;
        }
        if (isSectionHeading(line)) {
          endParagraph();
          endTable();
          endList();
          blocks.add(new Block.Heading(2, trimmed));
        } else if (tableRows != null) {
          tableRows.add(List.of(trimmed));
        } else {
          readLine(i, line, trimmed);
        }
        afterBlank = false;
      }
      endParagraph();
      endTable();
      return blocks;
    }

    private void readLine(int i, String line, String trimmed) {
      ListLine item = ListLine.parse(line);
      if (item != null) {
        endParagraph();
        blocks.add(new Block.ListItem(Texts.oneLine(item.text()), depthFor(item.indent())));
        lastItemIndent = item.indent();
        return;
      }
      if (paragraph.isEmpty() && !afterBlank && continuesItem(line)) {
        Block.ListItem last = (Block.ListItem) blocks.get(blocks.size() - 1);
        blocks.set(
            blocks.size() - 1, new Block.ListItem(last.text() + "\n" + trimmed, last.depth()));
        return;
      }
      if (mayStartTable(trimmed) && isTableHeader(i, trimmed)) {
        endParagraph();
        endList();
        tableHeader = FlatRowSplitter.headerLabels(trimmed);
        tableRows = new ArrayList<>();
        return;
      }
      if (paragraph.isEmpty() && afterBlank && isBlankOrEnd(i + 1) && isSubheading(trimmed)) {
        endList();
        blocks.add(new Block.Heading(3, trimmed));
        return;
      }
      endList();
      paragraph.add(trimmed);
    }

    /**
     * A section heading: "N) Heading" at the left margin with a number above the last one; "N.
     * Heading" only when N is the next number, since numbered list items look the same.
     */
    private boolean isSectionHeading(String line) {
      if (Character.isWhitespace(line.charAt(0))) {
        return false;
      }
      NumberedHeading heading = NumberedHeading.parse(line);
      if (heading == null) {
        return false;
      }
      boolean accepted =
          heading.closer() == ')'
              ? heading.number() > lastSection
              : heading.number() == lastSection + 1 && Texts.words(heading.heading()) <= 10;
      if (accepted) {
        lastSection = heading.number();
      }
      return accepted;
    }

    private boolean continuesItem(String line) {
      return !blocks.isEmpty()
          && blocks.get(blocks.size() - 1) instanceof Block.ListItem
          && ListLine.indentOf(line) > lastItemIndent;
    }

    /**
     * A table starts after a blank line, or straight after a paragraph's last sentence when its
     * header names at least three columns (a capture may drop the blank line before a table).
     */
    private boolean mayStartTable(String line) {
      if (paragraph.isEmpty()) {
        return afterBlank;
      }
      return Texts.endsLikeSentence(paragraph.get(paragraph.size() - 1))
          && FlatRowSplitter.headerLabels(line).size() >= 3;
    }

    private boolean isTableHeader(int i, String header) {
      if (header.length() > 120
          || Texts.words(header) > 14
          || Texts.endsLikeSentence(header)
          || !Character.isUpperCase(header.charAt(0))) {
        return false;
      }
      int columns = FlatRowSplitter.headerLabels(header).size();
      if (columns < 2 || isBlankOrEnd(i + 1)) {
        return false;
      }
      for (int k = i + 1; k < lines.length && !lines[k].isBlank(); k++) {
        if (ListLine.parse(lines[k]) != null || Texts.words(lines[k]) < columns) {
          return false;
        }
      }
      return true;
    }

    private static boolean isSubheading(String text) {
      return text.length() <= 100
          && Texts.words(text) <= 14
          && !Texts.endsLikeSentence(text)
          && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    private boolean isBlankOrEnd(int i) {
      return i >= lines.length || lines[i].isBlank();
    }

    private int depthFor(int indent) {
      while (!listIndents.isEmpty() && listIndents.peek() > indent) {
        listIndents.pop();
      }
      if (listIndents.isEmpty() || listIndents.peek() < indent) {
        listIndents.push(indent);
      }
      return listIndents.size() - 1;
    }

    private void endList() {
      listIndents.clear();
      lastItemIndent = -1;
    }

    private void endParagraph() {
      if (!paragraph.isEmpty()) {
        blocks.add(new Block.Paragraph(String.join("\n", paragraph)));
        paragraph.clear();
      }
    }

    private void endTable() {
      if (tableRows != null) {
        blocks.add(new Block.Table(tableHeader, tableRows, true));
        tableHeader = null;
        tableRows = null;
      }
    }
  }
}
