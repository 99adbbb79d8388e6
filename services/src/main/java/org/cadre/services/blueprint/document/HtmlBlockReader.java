package org.cadre.services.blueprint.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into {@link Block blocks}: headings, paragraphs, list items (with their
 * nesting depth) and tables. A line break ({@code <br>}) stays a line break, since the blueprint
 * series writes a skill's fields as lines of one paragraph.
 *
 * <p>The tree is walked with jsoup's iterative traversal, never by recursion, so deeply nested
 * markup cannot overflow the stack.
 */
final class HtmlBlockReader {

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "html",
          "body",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "figure",
          "blockquote",
          "form",
          "fieldset",
          "details",
          "summary",
          "hr",
          "center",
          "dl",
          "dt",
          "dd",
          "address",
          "figcaption",
          "caption",
          "pre",
          "p",
          "li",
          "ul",
          "ol",
          "table",
          "tr",
          "td",
          "th",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");

  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "address", "dt", "dd", "figcaption");

  private static final Set<String> SKIPPED_TAGS =
      Set.of("script", "style", "template", "noscript", "svg", "head", "title", "meta", "link");

  private HtmlBlockReader() {}

  static List<Block> read(Element root) {
    Walker walker = new Walker();
    NodeTraversor.filter(walker, root);
    walker.flushLooseText();
    return walker.blocks;
  }

  /**
   * The text of an element as it reads: line breaks and block-level children start new lines; lists
   * and tables nested inside are left out (they become blocks of their own).
   */
  static String text(Element element) {
    return text(element, false);
  }

  /** As {@link #text(Element)}, but with the text of nested lists when {@code withLists}. */
  static String text(Element element, boolean withLists) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.text());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element child)) {
              return FilterResult.CONTINUE;
            }
            String tag = child.normalName();
            if (child != element && ((isList(tag) && !withLists) || tag.equals("table"))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (SKIPPED_TAGS.contains(tag)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") || (child != element && BLOCK_TAGS.contains(tag))) {
              text.append('\n');
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node != element
                && node instanceof Element child
                && BLOCK_TAGS.contains(child.normalName())) {
              text.append('\n');
            }
            return FilterResult.CONTINUE;
          }
        },
        element);
    return Texts.clean(text.toString());
  }

  /**
   * A paragraph that is all bold and short, as pages write sub-headings without heading tags: "
   *
   * <p><strong>Every week</strong>".
   */
  private static boolean isBoldHeading(Element paragraph, String text) {
    if (!Block.Heading.isShortHeading(text)) {
      return false;
    }
    StringBuilder bold = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int boldDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode && boldDepth > 0) {
              bold.append(textNode.text());
            } else if (isBold(node)) {
              boldDepth++;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBold(node)) {
              boldDepth--;
            }
          }
        },
        paragraph);
    return Texts.oneLine(bold.toString()).equals(Texts.oneLine(text));
  }

  private static boolean isBold(Node node) {
    return node instanceof Element element
        && (element.normalName().equals("strong") || element.normalName().equals("b"));
  }

  private static boolean isList(String tag) {
    return tag.equals("ul") || tag.equals("ol");
  }

  private static int headingLevel(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0'
        : 0;
  }

  /** Emits blocks while jsoup walks the tree; keeps track of the lists it is inside. */
  private static final class Walker implements NodeFilter {

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder looseText = new StringBuilder();

    /** The open {@code ul}/{@code ol}/{@code li} elements, innermost first. */
    private final Deque<String> lists = new ArrayDeque<>();

    private int listDepth = -1;

    @Override
    public FilterResult head(Node node, int depth) {
      boolean insideItem = "li".equals(lists.peek());
      if (node instanceof TextNode textNode) {
        if (!insideItem) {
          looseText.append(textNode.text());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (SKIPPED_TAGS.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (isList(tag)) {
        flushLooseText();
        lists.push(tag);
        listDepth++;
        return FilterResult.CONTINUE;
      }
      if (tag.equals("li")) {
        flushLooseText();
        String item = text(element);
        addIfText(item, new Block.ListItem(item, Math.max(listDepth, 0)));
        lists.push(tag);
        return FilterResult.CONTINUE;
      }
      if (insideItem) {
        // Already part of the item's text; only lists nested further down still matter.
        return FilterResult.CONTINUE;
      }
      int level = headingLevel(tag);
      if (level > 0) {
        flushLooseText();
        String heading = Texts.oneLine(text(element));
        addIfText(heading, new Block.Heading(level, heading));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (PARAGRAPH_TAGS.contains(tag)) {
        flushLooseText();
        String paragraph = text(element);
        addIfText(
            paragraph,
            isBoldHeading(element, paragraph)
                ? new Block.Heading(Block.Heading.EMPHASIS_LEVEL, Texts.oneLine(paragraph))
                : new Block.Paragraph(paragraph));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("table")) {
        flushLooseText();
        Block.Table table = HtmlTableReader.read(element);
        if (!table.rows().isEmpty()) {
          blocks.add(table);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        looseText.append('\n');
      } else if (BLOCK_TAGS.contains(tag)) {
        flushLooseText();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (isList(tag)) {
          lists.pop();
          listDepth--;
        } else if (tag.equals("li")) {
          lists.pop();
        } else if (BLOCK_TAGS.contains(tag) && !"li".equals(lists.peek())) {
          flushLooseText();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void flushLooseText() {
      if (looseText.length() > 0) {
        String paragraph = Texts.clean(looseText.toString());
        addIfText(paragraph, new Block.Paragraph(paragraph));
        looseText.setLength(0);
      }
    }

    private void addIfText(String text, Block block) {
      if (!text.isBlank()) {
        blocks.add(block);
      }
    }
  }
}
