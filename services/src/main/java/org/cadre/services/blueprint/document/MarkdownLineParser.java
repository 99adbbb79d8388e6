package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a Markdown article into blocks, as the page it was converted from reads: "#"
 * headings (their level kept), paragraphs whose hard line breaks (two trailing spaces or a
 * backslash) stay line breaks, list items nested by their indentation (two or four spaces, "-",
 * "*", "+" or numbers), pipe and grid tables ({@link MarkdownTables}), and a wholly bold paragraph
 * as a sub-heading. Rules ("* * *", "---") separate blocks. A pipe table row that a converter
 * wrapped over several lines (fewer cells than the rule has) is joined again.
 *
 * <p>A line after a hard break continues its paragraph or list item even when it starts with a
 * dash, as converters write a page's "&lt;br&gt;– Description: ..." lines.
 */
final class MarkdownLineParser {

  /** A converter wraps a table's header or row over at most this many lines. */
  private static final int MAX_WRAPPED_LINES = 4;

  static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(\\S.*)$");

  private static final Pattern LIST_ITEM =
      Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(\\S.*)$");

  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");

  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

  private final String[] lines;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();

  /**
   * The lines of the open paragraph or list item, as written, soft-wrapped lines joined; {@code
   * null} when none is open. Builders keep long paragraphs linear to read.
   */
  private List<StringBuilder> open;

  private boolean openIsItem;
  private int openDepth;
  private int openStart;
  private int itemIndent = -1;
  private final ListNesting nesting = new ListNesting();
  private boolean hardBreak;
  private boolean afterBlank = true;
  private int ruleLine = -1;

  private List<List<String>> pipeRows;
  private boolean pipeHeader;

  /** The cells of a row under the rule, to tell a row a converter wrapped from a whole one. */
  private int pipeColumns;

  /**
   * Whether the table's lines end with a hard break (two spaces), as html2text writes them, so that
   * a line without one is a row wrapped inside its last cell.
   */
  private boolean rowsEndWithBreaks;

  /** The lines of a wrapped row read so far, else {@code null}; and how many they are. */
  private StringBuilder wrappedRow;

  private int wrappedLines;

  /** The last line of a table's header and rule, read with its first line. */
  private int consumedUntil = -1;

  private int tableStart;
  private MarkdownTables.Grid grid;

  private MarkdownLineParser(String[] lines) {
    this.lines = lines;
  }

  /** The blocks of the lines from {@code first} on; a {@link PageText.BlockLines} reader. */
  static PageText.Parsed read(String[] lines, int first) {
    MarkdownLineParser parser = new MarkdownLineParser(lines);
    for (int i = first; i < lines.length; i++) {
      parser.line(i);
    }
    parser.endBlock();
    parser.endTable();
    return new PageText.Parsed(parser.blocks, parser.starts);
  }

  /** The heading level of a line, 0 when it is no "#" heading. */
  static int headingLevel(String line) {
    Matcher m = HEADING.matcher(line);
    return m.matches() ? m.group(1).length() : 0;
  }

  /** A heading line's text without its marks, opening or closing ("## Tools ##"). */
  static String headingText(String line) {
    Matcher m = HEADING.matcher(line);
    if (!m.matches()) {
      return Texts.oneLine(MarkdownInline.plain(line));
    }
    String text = m.group(2);
    int end = text.length();
    while (end > 0
        && (text.charAt(end - 1) == '#' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return Texts.oneLine(MarkdownInline.plain(end > 0 ? text.substring(0, end) : text));
  }

  private void line(int i) {
    String line = lines[i];
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      if (!openIsItem) {
        endBlock();
      }
      endTable();
      hardBreak = false;
      afterBlank = true;
      return;
    }
    if (readTable(i, trimmed)) {
      afterBlank = false;
      return;
    }
    boolean continues = hardBreak && open != null && headingLevel(line) == 0;
    hardBreak = line.endsWith("  ") || line.endsWith("\\");
    String text = line.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    if (continues) {
      open.add(new StringBuilder(text));
    } else if (!readStructure(i, line, trimmed, text)) {
      readText(i, line, text);
    }
    afterBlank = false;
  }

  /** Headings, rules, tables and list items; {@code false} for a line of text. */
  private boolean readStructure(int i, String line, String trimmed, String text) {
    int level = headingLevel(line);
    if (level > 0) {
      endBlock();
      endList();
      add(new Block.Heading(level, headingText(line)), i);
      return true;
    }
    if (SETEXT.matcher(line).matches()
        && open != null
        && !openIsItem
        && open.size() == 1
        && !afterBlank) {
      String heading = Texts.oneLine(MarkdownInline.plain(open.get(0).toString()));
      int start = openStart;
      open = null;
      add(new Block.Heading(trimmed.charAt(0) == '=' ? 1 : 2, heading), start);
      return true;
    }
    if (RULE.matcher(line).matches()) {
      endBlock();
      endList();
      ruleLine = ruleLine < 0 ? i : ruleLine;
      return true;
    }
    if (MarkdownTables.isGridBorder(trimmed)) {
      endBlock();
      endList();
      grid = new MarkdownTables.Grid(trimmed);
      tableStart = i;
      return true;
    }
    int rule = trimmed.indexOf('|') >= 0 ? pipeRuleAfter(i) : -1;
    if (trimmed.startsWith("|") || rule > i) {
      endBlock();
      endList();
      pipeRows = new ArrayList<>();
      pipeHeader = false;
      pipeColumns = 0;
      rowsEndWithBreaks = false;
      tableStart = i;
      if (rule > i) {
        // The header, perhaps wrapped over several lines, then the rule.
        pipeRows.add(MarkdownTables.pipeCells(joined(i, rule)));
        pipeHeader = true;
        pipeColumns = MarkdownTables.pipeCells(lines[rule].strip()).size();
        consumedUntil = rule;
        rowsEndWithBreaks = lines[rule].endsWith("  ");
      } else {
        pipeRows.add(MarkdownTables.pipeCells(trimmed));
      }
      return true;
    }
    Matcher item =
        LIST_ITEM.matcher(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
    if (item.matches()) {
      endBlock();
      int indent = ListLine.indentOf(item.group(1));
      open = new ArrayList<>(List.of(new StringBuilder(item.group(2).strip())));
      openIsItem = true;
      openDepth = nesting.depthFor(indent);
      openStart = i;
      itemIndent = indent;
      return true;
    }
    return false;
  }

  /** A line of text: continues the open item or paragraph, or starts a paragraph. */
  private void readText(int i, String line, String text) {
    if (open != null && openIsItem && afterBlank && ListLine.indentOf(line) <= itemIndent) {
      endBlock();
      endList();
    }
    if (open == null) {
      open = new ArrayList<>();
      openIsItem = false;
      openStart = i;
    } else if (openIsItem && afterBlank) {
      open.add(new StringBuilder(text));
      return;
    } else {
      open.get(open.size() - 1).append(' ').append(text);
      return;
    }
    open.add(new StringBuilder(text));
  }

  /** Rows of a table being read; {@code false} when the line is not part of one. */
  private boolean readTable(int i, String trimmed) {
    if (grid != null) {
      if (grid.add(trimmed)) {
        return true;
      }
      endTable();
    }
    if (pipeRows != null) {
      if (i <= consumedUntil) {
        return true;
      }
      if (MarkdownTables.isPipeRule(trimmed)) {
        pipeHeader |= pipeRows.size() == 1;
        return true;
      }
      if (trimmed.indexOf('|') >= 0 || wrappedRow != null) {
        if (wrappedRow == null) {
          wrappedRow = new StringBuilder(trimmed);
        } else {
          wrappedRow.append(' ').append(trimmed);
        }
        wrappedLines++;
        List<String> cells = MarkdownTables.pipeCells(wrappedRow.toString());
        boolean whole =
            cells.size() >= pipeColumns && (!rowsEndWithBreaks || lines[i].endsWith("  "));
        if (whole || wrappedLines > MAX_WRAPPED_LINES) {
          pipeRows.add(cells);
          wrappedRow = null;
          wrappedLines = 0;
        }
        return true;
      }
      endTable();
    }
    return false;
  }

  /**
   * The line of the rule under a pipe table's header starting at line {@code i}: the next line, or
   * a few lines on when a converter wrapped the header; -1 when there is none.
   */
  private int pipeRuleAfter(int i) {
    for (int k = i + 1; k < lines.length && k <= i + MAX_WRAPPED_LINES; k++) {
      String line = lines[k].strip();
      if (line.isEmpty()) {
        return -1;
      }
      if (MarkdownTables.isPipeRule(line)) {
        return k;
      }
    }
    return -1;
  }

  private String joined(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      text.append(k > from ? " " : "").append(lines[k].strip());
    }
    return text.toString();
  }

  private void add(Block block, int line) {
    blocks.add(block);
    starts.add(ruleLine >= 0 ? Math.min(ruleLine, line) : line);
    ruleLine = -1;
  }

  private void endBlock() {
    if (open == null) {
      return;
    }
    List<String> plain = open.stream().map(line -> MarkdownInline.plain(line.toString())).toList();
    String text = Texts.clean(String.join("\n", plain));
    if (!text.isEmpty()) {
      if (openIsItem) {
        add(new Block.ListItem(text, openDepth), openStart);
      } else if (open.size() == 1
          && MarkdownInline.isBold(open.get(0).toString())
          && Block.Heading.isShortHeading(text)) {
        add(new Block.Heading(Block.Heading.EMPHASIS_LEVEL, text), openStart);
      } else {
        add(new Block.Paragraph(text), openStart);
      }
    }
    open = null;
    openIsItem = false;
  }

  private void endTable() {
    Block.Table table = null;
    if (grid != null) {
      table = grid.table();
      grid = null;
    } else if (pipeRows != null) {
      if (wrappedRow != null) {
        pipeRows.add(MarkdownTables.pipeCells(wrappedRow.toString()));
        wrappedRow = null;
        wrappedLines = 0;
      }
      table = TableColumns.withHeader(pipeRows, pipeHeader);
      pipeRows = null;
    }
    if (table != null && !table.rows().isEmpty()) {
      add(table, tableStart);
    }
  }

  private void endList() {
    nesting.clear();
    itemIndent = -1;
  }
}
