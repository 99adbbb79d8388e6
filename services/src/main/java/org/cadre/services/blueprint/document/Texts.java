package org.cadre.services.blueprint.document;

/** Small text helpers shared by the readers and extractors. */
final class Texts {

  private Texts() {}

  /**
   * Tidies text from any format: non-breaking and other odd spaces become plain spaces, invisible
   * characters (zero-width spaces, soft hyphens, byte-order marks) go, runs of spaces collapse, and
   * lines are trimmed with blank ones dropped. Line breaks are kept as {@code \n}.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        endLine(out, line);
      } else if (isInvisible(c)) {
        continue;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
    endLine(out, line);
    return out.toString();
  }

  /**
   * Whether {@link #clean} would leave the text as it is: one line of plain characters, single
   * spaces between words and none at either end. Most lines are, and telling so is much cheaper
   * than cleaning them.
   */
  private static boolean isClean(String text) {
    int length = text.length();
    if (length == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == ' ' && previous == ' ') {
          return false;
        }
      } else if (isInvisible(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** The text on one line: line breaks become spaces. */
  static String oneLine(String text) {
    return clean(text).replace('\n', ' ');
  }

  /** {@code null} for blank text, else the text cleaned to one line. */
  static String orNull(String text) {
    if (text == null) {
      return null;
    }
    String line = oneLine(text);
    return line.isEmpty() ? null : line;
  }

  /** The text without the punctuation a name may end with: "Clear writing." is "Clear writing". */
  static String withoutTrailingPunctuation(String text) {
    String t = text.strip();
    while (!t.isEmpty() && ".:–—-,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** The text in quotes, shortened for a warning message. */
  static String quote(String text) {
    String line = oneLine(text);
    return "“" + (line.length() > 70 ? line.substring(0, 69) + "…" : line) + "”";
  }

  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Ends with sentence or clause punctuation, so it is not a heading or a table header. */
  static boolean endsLikeSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    return ".:;,!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  private static void endLine(StringBuilder out, StringBuilder line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == ' ') {
      line.setLength(end - 1);
    }
    if (line.length() > 0) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    line.setLength(0);
  }
}
