package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The article inside a page saved as text (a plain-text capture or Markdown): where it starts, its
 * title, where it ends, and the advertising inside it. The lines of the article become blocks by a
 * {@link BlockLines} reader of the format.
 *
 * <ul>
 *   <li>The article starts at its first section line ({@code first}). The title is the nearest line
 *       above it that names a "Role Blueprint", else the line just above it; other lines before the
 *       first section are skipped with a warning.
 *   <li>The article ends after the last section's table (the series closes with a summary table),
 *       or else at the first comment or footer line ("Subscribe", "Leave a Reply", ...); the rest
 *       is ignored with a warning.
 *   <li>Advertising inside the article ({@link TextAdvertising}) is skipped with a warning.
 * </ul>
 */
final class PageText {

  private static final int MAX_TITLE_SEARCH = 40;

  /** The blocks read from the lines of an article, and the line each block starts at. */
  record Parsed(List<Block> blocks, List<Integer> starts) {}

  /** Reads the lines of an article, from its first section line on, into blocks. */
  interface BlockLines {
    Parsed read(String[] lines, int first);
  }

  private PageText() {}

  /**
   * The article of the page.
   *
   * @param headingText the text of a title line without the format's marks
   * @param sectionLevel the heading level the reader gives the sections
   */
  static RawDocument read(
      String[] lines,
      int first,
      UnaryOperator<String> headingText,
      BlockLines reader,
      int sectionLevel,
      Warnings warnings) {
    int titleLine = titleLine(lines, first);
    String title = titleLine >= 0 ? headingText.apply(lines[titleLine]) : null;
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
    Article article = Article.read(lines, first, reader, sectionLevel);
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
      article = Article.read(withoutAdverts, first, reader, sectionLevel);
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

    static Article read(String[] lines, int first, BlockLines reader, int sectionLevel) {
      Parsed parsed = reader.read(lines, first);
      List<Block> blocks = new ArrayList<>(parsed.blocks());
      List<Integer> starts = new ArrayList<>(parsed.starts());
      int cut = cut(blocks, starts, sectionLevel);
      List<Block> article = cut < 0 ? blocks : new ArrayList<>(blocks.subList(0, cut));
      return new Article(article, cut < 0 ? lines.length : starts.get(cut), lines);
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
    private static int cut(List<Block> blocks, List<Integer> starts, int sectionLevel) {
      int lastSection = -1;
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Block.Heading heading && heading.level() == sectionLevel) {
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
}
