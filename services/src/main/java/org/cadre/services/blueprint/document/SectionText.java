package org.cadre.services.blueprint.document;

import java.util.List;

/**
 * Renders blocks as plain text: headings and paragraphs as they are, list items as "- " lines
 * indented by depth, table rows with their cells joined by " | ".
 */
final class SectionText {

  /** Deeper nesting is shown at this depth, so absurdly nested lists cannot blow up the text. */
  private static final int MAX_INDENT = 8;

  private SectionText() {}

  static String render(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading) {
        line(text, heading.text());
      } else if (block instanceof Block.Paragraph paragraph) {
        line(text, paragraph.text());
      } else if (block instanceof Block.ListItem item) {
        String indent = "  ".repeat(Math.min(item.depth(), MAX_INDENT));
        line(text, indent + "- " + item.text().replace("\n", "\n" + indent + "  "));
      } else if (block instanceof Block.Table table) {
        if (!table.header().isEmpty()) {
          line(text, String.join(" | ", table.header()));
        }
        for (List<String> row : table.rows()) {
          line(text, String.join(" | ", row));
        }
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String line) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(line);
  }
}
