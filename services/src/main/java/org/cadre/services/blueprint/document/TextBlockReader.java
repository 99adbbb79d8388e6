package org.cadre.services.blueprint.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text capture of a blueprint page. Such a capture has the site's advertising above
 * the article and comments and footer below it, sometimes advertising inside it too; its headings
 * are bare lines, its lists use "•", "–" or numbers with indentation for nesting, and its tables
 * are flattened to one line per row. Text saved as Markdown is read too: "#" headings, "|" tables,
 * and emphasis, links and code marks taken off.
 *
 * <ul>
 *   <li>The article starts at the first section: a line "1) ..." (or "1.", "Section 1:", "## 1)
 *       ...") at the left margin, or in Markdown without numbers the first heading at the level
 *       that most headings share. The title is the nearest line above it that names a "Role
 *       Blueprint", else the line just above it; other lines before the first section are skipped
 *       with a warning.
 *   <li>A line "N) Heading" at the left margin is a section heading; a short line standing alone
 *       between blank lines, not ending like a sentence, is a sub-heading.
 *   <li>A short header-like line directly followed by lines with at least as many words is a
 *       flattened table.
 *   <li>The article ends after the last section's table (the series closes with a summary table),
 *       or else at the first comment or footer line ("Subscribe", "Leave a Reply", ...); the rest
 *       is ignored with a warning.
 *   <li>Advertising inside the article ({@link TextAdvertising}) is skipped with a warning.
 * </ul>
 */
final class TextBlockReader {

  private static final int MAX_TITLE_SEARCH = 40;

  /** A flattened table's header labels are short: "Example target/benchmark". */
  private static final int MAX_LABEL_WORDS = 6;

  /**
   * A Markdown heading: its marks and its text, from which {@link #headingText} takes closing marks
   * off (no pattern does, as one would backtrack on long runs of "#").
   */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(\\S.*)$");

  /** "[text](address)": bounded, so that a line of brackets cannot make it backtrack. */
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\[([^\\[\\]\\n]{1,200})\\]\\([^()\\s]{0,500}\\)");

  private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__|`");

  /** A Markdown table's line under the header: "|---|:---:|". */
  private static final Pattern MARKDOWN_RULE =
      Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

  private TextBlockReader() {}

  static RawDocument read(String text, Warnings warnings) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = withoutMarkdownMarks(lines[i]);
    }
    int markdownLevel = markdownSectionLevel(lines);
    int first = firstSectionLine(lines, markdownLevel);
    if (first < 0) {
      return new RawDocument(null, null, null, List.of());
    }
    int titleLine = titleLine(lines, first);
    String title = titleLine >= 0 ? headingText(lines[titleLine]) : null;
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
    Article article = Article.read(lines, first, markdownLevel);
    Set<String> pageLines = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      if (i < first && i != titleLine || i >= article.end) {
        pageLines.add(TextAdvertising.normalise(lines[i]));
      }
    }
    Set<Integer> adverts = TextAdvertising.find(lines, first, article.end, pageLines);
    if (!adverts.isEmpty()) {
      String sample = Texts.quote(lines[adverts.iterator().next()]);
      String[] withoutAdverts = lines.clone();
      adverts.forEach(i -> withoutAdverts[i] = "");
      article = Article.read(withoutAdverts, first, markdownLevel);
      warnings.add(
          "Skipped "
              + adverts.size()
              + (adverts.size() == 1 ? " line" : " lines")
              + " of advertising inside the article, from "
              + sample
              + ".");
    }
    article.warnAboutTrailer(warnings);
    return new RawDocument(title, null, null, article.blocks);
  }

  /** The line without Markdown emphasis, code marks and link targets. */
  private static String withoutMarkdownMarks(String line) {
    if (line.indexOf('*') < 0
        && line.indexOf('_') < 0
        && line.indexOf('`') < 0
        && line.indexOf('[') < 0) {
      return line;
    }
    String plain = MARKDOWN_LINK.matcher(line).replaceAll("$1");
    return MARKDOWN_EMPHASIS.matcher(plain).replaceAll("");
  }

  /** A line's text without Markdown heading marks, opening or closing ("## Tools ##"). */
  private static String headingText(String line) {
    Matcher m = MARKDOWN_HEADING.matcher(line);
    if (!m.matches()) {
      return Texts.oneLine(line);
    }
    String text = m.group(2);
    int end = text.length();
    while (end > 0
        && (text.charAt(end - 1) == '#' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return Texts.oneLine(end > 0 ? text.substring(0, end) : text);
  }

  /**
   * The Markdown heading level of the sections when they are unnumbered: the highest level with at
   * least {@value NumberedHeading#MIN_SECTIONS} headings; 0 when the text has no such headings.
   */
  private static int markdownSectionLevel(String[] lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : lines) {
      Matcher m = MARKDOWN_HEADING.matcher(line);
      if (m.matches()) {
        counts.merge(m.group(1).length(), 1, Integer::sum);
      }
    }
    for (int level = 1; level <= 6; level++) {
      if (counts.getOrDefault(level, 0) >= NumberedHeading.MIN_SECTIONS) {
        return level;
      }
    }
    return 0;
  }

  private static int markdownLevel(String line) {
    Matcher m = MARKDOWN_HEADING.matcher(line);
    return m.matches() ? m.group(1).length() : 0;
  }

  private static int firstSectionLine(String[] lines, int markdownLevel) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty() && !Character.isWhitespace(lines[i].charAt(0))) {
        NumberedHeading heading = NumberedHeading.parse(lines[i]);
        if (heading != null && heading.number() == 1) {
          return i;
        }
      }
    }
    for (int i = 0; markdownLevel > 0 && i < lines.length; i++) {
      if (markdownLevel(lines[i]) == markdownLevel
          && SectionKind.of(headingText(lines[i])) != SectionKind.OTHER) {
        return i;
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

  /** The article's blocks, and where the page text after it begins. */
  private static final class Article {

    private final List<Block> blocks;

    /** The line at which the page text after the article begins; the text's length if none. */
    private final int end;

    private final String[] lines;

    private Article(List<Block> blocks, int end, String[] lines) {
      this.blocks = blocks;
      this.end = end;
      this.lines = lines;
    }

    static Article read(String[] lines, int first, int markdownLevel) {
      LineParser parser = new LineParser(lines, markdownLevel);
      List<Block> blocks = parser.parse(first);
      int cut = cut(blocks, parser.starts);
      List<Block> article = cut < 0 ? blocks : new ArrayList<>(blocks.subList(0, cut));
      return new Article(article, cut < 0 ? lines.length : parser.starts.get(cut), lines);
    }

    /** Warns about the page text after the article, if there is any. */
    void warnAboutTrailer(Warnings warnings) {
      int count = nonBlankLines(lines, end, lines.length);
      if (count == 0) {
        return;
      }
      int first = end;
      while (lines[first].isBlank()) {
        first++;
      }
      warnings.add(
          "Ignored "
              + count
              + (count == 1 ? " line" : " lines")
              + " of page text after the article (advertising, comments, footer), from "
              + Texts.quote(lines[first])
              + ".");
    }

    /**
     * The index of the first block after the article: after the last section's first table, else at
     * the first comment or footer line after the last section heading; -1 when the article runs to
     * the end. A paragraph holding a footer line is cut in two before it.
     */
    private static int cut(List<Block> blocks, List<Integer> starts) {
      int lastSection = -1;
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Block.Heading heading && heading.level() == 2) {
          lastSection = i;
        }
      }
      for (int i = lastSection + 1; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Block.Table) {
          return i + 1 < blocks.size() ? i + 1 : -1;
        }
      }
      for (int i = lastSection + 1; i < blocks.size(); i++) {
        int cut = footerAt(blocks, starts, i);
        if (cut >= 0) {
          return cut;
        }
      }
      return -1;
    }

    /**
     * Where the footer starts if block {@code i} holds a footer line: the block's index, or the
     * index after it once the paragraph was cut before that line; -1 when it holds none.
     */
    private static int footerAt(List<Block> blocks, List<Integer> starts, int i) {
      String text =
          blocks.get(i) instanceof Block.Paragraph p
              ? p.text()
              : blocks.get(i) instanceof Block.Heading h ? h.text() : null;
      if (text == null) {
        return -1;
      }
      String[] lines = text.split("\n");
      for (int k = 0; k < lines.length; k++) {
        if (PageFurniture.isFooter(lines[k])) {
          if (k == 0) {
            return i;
          }
          blocks.set(i, new Block.Paragraph(String.join("\n", List.of(lines).subList(0, k))));
          blocks.add(
              i + 1,
              new Block.Paragraph(String.join("\n", List.of(lines).subList(k, lines.length))));
          starts.add(i + 1, starts.get(i) + k);
          return i + 1;
        }
      }
      return -1;
    }
  }

  /** Turns the lines of the article into blocks, one line at a time. */
  private static final class LineParser {

    private final String[] lines;
    private final int markdownLevel;
    private final List<Block> blocks = new ArrayList<>();

    /** The line each block starts at, by block index. */
    private final List<Integer> starts = new ArrayList<>();

    /** The text of the last list item while lines go on continuing it, else {@code null}. */
    private StringBuilder itemText;

    private final List<String> paragraph = new ArrayList<>();
    private int paragraphStart;
    private final Deque<Integer> listIndents = new ArrayDeque<>();
    private List<String> tableHeader;
    private List<List<String>> tableRows;
    private int tableStart;
    private List<List<String>> markdownRows;
    private boolean markdownHeader;
    private int lastItemIndent = -1;
    private boolean afterBlank = true;
    private int lastSection;

    LineParser(String[] lines, int markdownLevel) {
      this.lines = lines;
      this.markdownLevel = markdownLevel;
    }

    List<Block> parse(int from) {
      for (int i = from; i < lines.length; i++) {
        String line = lines[i];
        String trimmed = Texts.oneLine(line);
        if (trimmed.isEmpty()) {
          endBlocks();
          afterBlank = true;
          continue;
        }
        int markdown = markdownLevel(line);
        if (isSectionHeading(line)) {
          endBlocks();
          endList();
          add(new Block.Heading(2, headingText(line)), i);
        } else if (markdown > 0) {
          // A Markdown heading without a number: a section when at the sections' level.
          endBlocks();
          endList();
          int level = markdownLevel > 0 && markdown <= markdownLevel ? 2 : 3;
          add(new Block.Heading(level, headingText(line)), i);
        } else if (tableRows != null) {
          tableRows.add(List.of(trimmed));
        } else if (trimmed.startsWith("|")) {
          readMarkdownRow(i, trimmed);
        } else {
          endMarkdownTable();
          readLine(i, line, trimmed);
        }
        afterBlank = false;
      }
      endBlocks();
      endItem();
      return blocks;
    }

    private void add(Block block, int line) {
      endItem();
      blocks.add(block);
      starts.add(line);
    }

    /** Puts the lines that continued the last list item into it. */
    private void endItem() {
      if (itemText != null) {
        Block.ListItem last = (Block.ListItem) blocks.get(blocks.size() - 1);
        blocks.set(blocks.size() - 1, new Block.ListItem(itemText.toString(), last.depth()));
        itemText = null;
      }
    }

    private void readLine(int i, String line, String trimmed) {
      ListLine item = ListLine.parse(line);
      if (item != null) {
        endParagraph();
        add(new Block.ListItem(Texts.oneLine(item.text()), depthFor(item.indent())), i);
        lastItemIndent = item.indent();
        return;
      }
      if (paragraph.isEmpty() && !afterBlank && continuesItem(line)) {
        if (itemText == null) {
          itemText = new StringBuilder(((Block.ListItem) blocks.get(blocks.size() - 1)).text());
        }
        itemText.append('\n').append(trimmed);
        return;
      }
      if (mayStartTable(trimmed) && isTableHeader(i, trimmed)) {
        endParagraph();
        endList();
        tableHeader = FlatRowSplitter.headerLabels(trimmed);
        tableRows = new ArrayList<>();
        tableStart = i;
        return;
      }
      if (paragraph.isEmpty() && afterBlank && isBlankOrEnd(i + 1) && isSubheading(trimmed)) {
        endList();
        add(new Block.Heading(3, trimmed), i);
        return;
      }
      endList();
      if (paragraph.isEmpty()) {
        paragraphStart = i;
      }
      paragraph.add(trimmed);
    }

    /** A row of a Markdown table, "| a | b |", or the rule under its header. */
    private void readMarkdownRow(int i, String trimmed) {
      endParagraph();
      endList();
      if (markdownRows == null) {
        markdownRows = new ArrayList<>();
        markdownHeader = false;
        tableStart = i;
      }
      if (MARKDOWN_RULE.matcher(trimmed).matches()) {
        markdownHeader |= markdownRows.size() == 1;
        return;
      }
      String inner = trimmed.substring(1);
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      List<String> cells = new ArrayList<>();
      for (String cell : inner.split("\\|", -1)) {
        cells.add(Texts.oneLine(cell));
      }
      markdownRows.add(cells);
    }

    /**
     * A numbered section heading: "N) Heading" at the left margin with a number above the last one;
     * "N. Heading" only when N is the next number, since numbered list items look the same.
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
          heading.marked()
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
      List<String> labels = FlatRowSplitter.headerLabels(header);
      int columns = labels.size();
      if (columns < 2
          || isBlankOrEnd(i + 1)
          || Character.isLowerCase(lines[i + 1].strip().charAt(0))
          || labels.stream().anyMatch(label -> Texts.words(label) > MAX_LABEL_WORDS)) {
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

    private void endBlocks() {
      endParagraph();
      endTable();
      endMarkdownTable();
    }

    private void endParagraph() {
      if (!paragraph.isEmpty()) {
        add(new Block.Paragraph(String.join("\n", paragraph)), paragraphStart);
        paragraph.clear();
      }
    }

    private void endTable() {
      if (tableRows != null) {
        add(new Block.Table(tableHeader, tableRows, true), tableStart);
        tableHeader = null;
        tableRows = null;
      }
    }

    private void endMarkdownTable() {
      if (markdownRows != null) {
        Block.Table table = TableColumns.withHeader(markdownRows, markdownHeader);
        if (!table.rows().isEmpty()) {
          add(table, tableStart);
        }
        markdownRows = null;
      }
    }
  }
}
