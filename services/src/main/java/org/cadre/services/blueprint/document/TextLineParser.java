package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a plain-text capture's article into blocks, one line at a time: a line "N)
 * Heading" at the left margin is a section heading; a short line standing alone between blank
 * lines, not ending like a sentence, is a sub-heading; lines with "•", "–" or a number are list
 * items nested by their indentation; a short header-like line directly followed by lines with at
 * least as many words is a flattened table; other lines make paragraphs.
 */
/** Turns the lines of the article into blocks, one line at a time. */
final class TextLineParser {

  /** The heading level the section headings get. */
  static final int SECTION_LEVEL = 2;

  /** A flattened table's header labels are short: "Example target/benchmark". */
  private static final int MAX_LABEL_WORDS = 6;

  private final String[] lines;
  private final List<Block> blocks = new ArrayList<>();

  /** The line each block starts at, by block index. */
  private final List<Integer> starts = new ArrayList<>();

  /** The text of the last list item while lines go on continuing it, else {@code null}. */
  private StringBuilder itemText;

  private final List<String> paragraph = new ArrayList<>();
  private int paragraphStart;
  private final ListNesting nesting = new ListNesting();
  private List<String> tableHeader;
  private List<List<String>> tableRows;
  private int tableStart;
  private int lastItemIndent = -1;
  private boolean afterBlank = true;
  private int lastSection;

  private TextLineParser(String[] lines) {
    this.lines = lines;
  }

  /** The blocks of the lines from {@code first} on; a {@link PageText.BlockLines} reader. */
  static PageText.Parsed read(String[] lines, int first) {
    TextLineParser parser = new TextLineParser(lines);
    List<Block> blocks = parser.parse(first);
    return new PageText.Parsed(blocks, parser.starts);
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
      if (isSectionHeading(line)) {
        endBlocks();
        endList();
        add(new Block.Heading(SECTION_LEVEL, trimmed), i);
      } else if (tableRows != null) {
        tableRows.add(List.of(trimmed));
      } else {
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
      add(new Block.ListItem(Texts.oneLine(item.text()), nesting.depthFor(item.indent())), i);
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

  private void endList() {
    nesting.clear();
    lastItemIndent = -1;
  }

  private void endBlocks() {
    endParagraph();
    endTable();
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
}
