package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The items a run of blocks lists, however the format wrote them: list items with the items nested
 * in them folded in as "– " lines, and paragraphs that list with inline dashes ("Partners include:
 * – Security – Finance") or one item per line.
 */
final class Items {

  /** An inline bullet: an en dash or bullet character between spaces (an em dash is prose). */
  private static final Pattern INLINE_BULLET = Pattern.compile("\\s[–•]\\s+");

  /** A note after a dash on a line naming an item ("Go – Critical.") is at most this long. */
  private static final int NOTE_WORDS = 6;

  /** A list item ending with a colon is a label ("Optional/context-specific:") up to this long. */
  private static final int LABEL_WORDS = 5;

  /** A heading, grouping the blocks that follow it up to the next heading. */
  record Subsection(String heading, List<Block> blocks) {
    Subsection {
      blocks = List.copyOf(blocks);
    }
  }

  private Items() {}

  /**
   * The blocks grouped under their headings; blocks before the first heading form a subsection
   * whose heading is {@code null} (left out when empty).
   */
  static List<Subsection> subsections(List<Block> blocks) {
    List<Subsection> subsections = new ArrayList<>();
    String heading = null;
    List<Block> body = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        if (heading != null || !body.isEmpty()) {
          subsections.add(new Subsection(heading, body));
        }
        heading = h.text();
        body = new ArrayList<>();
      } else {
        body.add(block);
      }
    }
    if (heading != null || !body.isEmpty()) {
      subsections.add(new Subsection(heading, body));
    }
    return subsections;
  }

  /**
   * The list items of the blocks, each with its nested items appended as "– " lines. An item ending
   * with a colon also takes the following items at its level that start in lower case or end with a
   * comma, since some pages flatten "such as:" sub-lists into siblings.
   */
  static List<String> listItems(List<Block> blocks) {
    List<StringBuilder> items = new ArrayList<>();
    int baseDepth = -1;
    boolean takesChildren = false;
    for (Block block : blocks) {
      if (!(block instanceof Block.ListItem item)) {
        baseDepth = -1;
        takesChildren = false;
        continue;
      }
      if (baseDepth < 0 || item.depth() < baseDepth) {
        baseDepth = item.depth();
      }
      String text = item.text();
      boolean nested = item.depth() > baseDepth;
      boolean flattenedChild =
          takesChildren && (Character.isLowerCase(text.charAt(0)) || text.endsWith(","));
      if (!items.isEmpty() && (nested || flattenedChild)) {
        items.get(items.size() - 1).append("\n– ").append(text.replace('\n', ' '));
      } else {
        items.add(new StringBuilder(text));
        takesChildren = text.endsWith(":");
      }
    }
    return items.stream().map(StringBuilder::toString).toList();
  }

  /**
   * The entries of a part of a section that lists named items with labelled fields: the list items
   * (as by {@link #listItems}), and paragraphs holding such fields, as Word documents and pages
   * typed by hand write them. Fields without a name of their own ("Description: ...") belong to the
   * short paragraph just before them that names the item, else to the entry before them, else to an
   * entry named by {@code heading} (a sub-heading per item; {@code null} when the heading names no
   * item). A paragraph after such a name, with fields or not, describes the item it names.
   */
  static <F> List<String> entries(List<Block> blocks, String heading, Function<String, F> fieldOf) {
    Entries<F> entries = new Entries<>(heading, fieldOf);
    List<Block> run = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.ListItem) {
        run.add(block);
        continue;
      }
      listItems(run).forEach(item -> entries.add(item, true));
      run.clear();
      if (block instanceof Block.Paragraph paragraph) {
        entries.add(paragraph.text(), false);
      }
    }
    listItems(run).forEach(item -> entries.add(item, true));
    return entries.texts();
  }

  /** Collects entries, attaching nameless fields to the item they describe. */
  private static final class Entries<F> {

    private final List<StringBuilder> texts = new ArrayList<>();
    private final Function<String, F> fieldOf;
    private String pendingName;

    Entries(String heading, Function<String, F> fieldOf) {
      this.fieldOf = fieldOf;
      ListLine numbered = heading == null ? null : ListLine.parse(heading);
      this.pendingName = numbered != null ? numbered.text() : heading;
    }

    void add(String text, boolean listItem) {
      LabeledItem<F> parsed = LabeledItem.parse(text, fieldOf);
      if (parsed.name() == null && !parsed.fields().isEmpty()) {
        if (pendingName != null) {
          texts.add(new StringBuilder(pendingName).append('\n').append(text));
        } else if (!texts.isEmpty()) {
          texts.get(texts.size() - 1).append('\n').append(text);
        }
        pendingName = null;
      } else if (!listItem && pendingName != null && !isNameLine(text)) {
        // The paragraph after a name describes it: "**Go** – Critical" then "Services ...".
        texts.add(new StringBuilder(pendingName).append('\n').append(text));
        pendingName = null;
      } else if (listItem || !parsed.fields().isEmpty()) {
        texts.add(new StringBuilder(text));
        pendingName = null;
      } else if (isNameLine(text)) {
        pendingName = Texts.oneLine(text);
      }
    }

    /**
     * A short line naming an item: not a sentence, or a name with a short note after a dash ("Go –
     * Critical.").
     */
    private static boolean isNameLine(String text) {
      int dash = Math.max(text.lastIndexOf(" – "), text.lastIndexOf(" — "));
      if (Texts.words(dash > 0 ? text.substring(0, dash) : text) > 10 || text.contains("\n")) {
        return false;
      }
      return !Texts.endsLikeSentence(text)
          || dash > 0
              && (Texts.words(text.substring(dash + 3)) <= NOTE_WORDS
                  || Wording.isImportanceWording(text.substring(dash + 3)));
    }

    List<String> texts() {
      return texts.stream().map(StringBuilder::toString).toList();
    }
  }

  /**
   * Everything the blocks list: list items as by {@link #listItems}, paragraph lines and inline
   * bullets, and table rows (cells joined by " | "). Lead-ins ("... include:") and bare
   * parentheticals are not items.
   */
  static List<String> all(List<Block> blocks) {
    List<String> items = new ArrayList<>();
    List<Block> run = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.ListItem) {
        run.add(block);
        continue;
      }
      addItems(items, listItems(run), LABEL_WORDS);
      run.clear();
      if (block instanceof Block.Paragraph paragraph) {
        for (String line : paragraph.text().split("\n")) {
          items.addAll(lineItems(line));
        }
      } else if (block instanceof Block.Table table) {
        for (List<String> row : table.rows()) {
          items.add(String.join(" | ", row));
        }
      }
    }
    addItems(items, listItems(run), LABEL_WORDS);
    return items;
  }

  /**
   * Adds the items that are not lead-ins; a lead-in of more than {@code maxLeadInWords} words is
   * kept (a list item "Implement two capabilities, such as:" says something of its own).
   */
  private static void addItems(List<String> items, List<String> listed, int maxLeadInWords) {
    for (String item : listed) {
      if (!isLeadIn(item) || Texts.words(item) > maxLeadInWords) {
        items.add(item);
      }
    }
  }

  /** The pieces of a line split at inline bullets; the first is the lead-in. */
  static List<String> inlineBullets(String line) {
    List<String> pieces = new ArrayList<>();
    for (String piece : INLINE_BULLET.split(" " + line.strip())) {
      String item = stripBullet(piece);
      if (!item.isEmpty()) {
        pieces.add(item);
      }
    }
    return pieces;
  }

  /** The text without a leading bullet or dash. */
  static String stripBullet(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "–—•-*·".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static List<String> lineItems(String line) {
    List<String> items = new ArrayList<>();
    addItems(items, inlineBullets(line), Integer.MAX_VALUE);
    return items;
  }

  /** "Concrete deliverables include:" or "(Common vs context-specific)" introduce, not list. */
  static boolean isLeadIn(String text) {
    String t = text.strip();
    return t.endsWith(":")
        || (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1);
  }

  /** A name and the note written after it. */
  record Named(String name, String note) {}

  /**
   * An item as a name and a note: "Title (note)", "Title: note" or "Title – note". A parenthesis
   * followed by more text qualifies the title rather than being the note: "VP Engineering
   * (Platform) in larger organizations" is the title "VP Engineering (Platform)" with the note "in
   * larger organizations".
   */
  static Named named(String item) {
    String text = Texts.oneLine(item);
    int cut = firstOf(text, " (", ": ", " – ", " — ");
    if (cut < 0) {
      return new Named(text, null);
    }
    if (text.startsWith(" (", cut)) {
      int close = closingParenthesis(text, cut + 1);
      if (close < 0 || close == text.length() - 1) {
        String note = text.substring(cut + 2, close < 0 ? text.length() : close);
        return new Named(text.substring(0, cut).strip(), Texts.orNull(note));
      }
      cut = close + 1;
    }
    String title = text.substring(0, cut).strip();
    String note = text.substring(cut).strip();
    note = stripBullet(note.startsWith(":") ? note.substring(1) : note);
    return new Named(title, Texts.orNull(note));
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1 if it is not closed. */
  private static int closingParenthesis(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstOf(String text, String... separators) {
    int first = -1;
    for (String separator : separators) {
      int at = text.indexOf(separator);
      if (at > 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
