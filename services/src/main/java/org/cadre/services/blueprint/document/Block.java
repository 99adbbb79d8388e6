package org.cadre.services.blueprint.document;

import java.util.List;

/**
 * A piece of a document's body, the same whatever the format it was read from: the readers turn
 * HTML, plain text and Word documents into blocks, and everything after that works on blocks.
 */
sealed interface Block permits Block.Heading, Block.Paragraph, Block.ListItem, Block.Table {

  /**
   * A heading; level 1 is the highest, as in HTML. A short paragraph written all in bold stands for
   * a heading at {@link #EMPHASIS_LEVEL}, below every real one.
   */
  record Heading(int level, String text) implements Block {

    static final int EMPHASIS_LEVEL = 7;

    /** Whether text is short enough to be a heading and does not read as a sentence. */
    static boolean isShortHeading(String text) {
      String line = Texts.oneLine(text);
      return !line.isEmpty()
          && !text.contains("\n")
          && Texts.words(line) <= 12
          && (line.endsWith(":") || !Texts.endsLikeSentence(line));
    }
  }

  /** A paragraph; its text keeps the document's line breaks as {@code \n}. */
  record Paragraph(String text) implements Block {}

  /** A list item; {@code depth} is 0 for a top-level item, 1 for an item nested in it, ... */
  record ListItem(String text, int depth) implements Block {}

  /**
   * A table. {@code header} holds the column labels (empty when the table has none). A table
   * flattened to text lines ({@code flattened}) has one cell per row: the line as it was.
   */
  record Table(List<String> header, List<List<String>> rows, boolean flattened) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
