package org.cadre.services.blueprint.document;

import java.util.regex.Pattern;

/**
 * The text of a line of Markdown without its inline marks: emphasis ("**", "*", "__", "_"), code
 * marks, backslash escapes ("1\)", "\*") and link targets ("[text](address)" is "text"), as the
 * page the Markdown was converted from reads. Straight quotes and "--" become the typographic
 * characters pandoc's Markdown writes them for; an escaped character stays as it is.
 */
final class MarkdownInline {

  /** "[text](address)" or "![alt](source)": bounded, so that brackets cannot make it backtrack. */
  private static final Pattern LINK =
      Pattern.compile(
          "!?\\[([^\\[\\]\\n]{0,200})\\]\\([^()\\s]{0,500}(?:\\s+\"[^\"\\n]{0,200}\")?\\)");

  /** "<https://...>", an address written as a link. */
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]{1,500})>");

  private MarkdownInline() {}

  static String plain(String text) {
    String line = text;
    if (line.indexOf('[') >= 0) {
      line = LINK.matcher(line).replaceAll("$1");
    }
    if (line.indexOf('<') >= 0) {
      line = AUTOLINK.matcher(line).replaceAll("$1");
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
        out.append(line.charAt(++i));
      } else if (c == '`') {
        continue;
      } else if (c == '"' || c == '\'') {
        out.append(smartQuote(line, i, c));
      } else if (c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
        int end = i;
        while (end < line.length() && line.charAt(end) == '-') {
          end++;
        }
        out.append(smartDash(line, i, end));
        i = end - 1;
      } else if (c == '*' || c == '_') {
        int end = i;
        while (end < line.length() && line.charAt(end) == c) {
          end++;
        }
        if (!isEmphasis(line, i, end, c)) {
          out.append(line, i, end);
        }
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether the text, without surrounding space, is wholly bold ("**Every week**"), as a
   * sub-heading written without heading marks.
   */
  static boolean isBold(String text) {
    String t = text.strip();
    for (String mark : new String[] {"**", "__"}) {
      if (t.length() > 4
          && t.startsWith(mark)
          && t.endsWith(mark)
          && t.indexOf(mark, 2) == t.length() - 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the run of {@code mark} from {@code start} to {@code end} marks emphasis: "*" unless it
   * stands alone between spaces ("2 * 3"); "_" only at the edge of a word, so that "snake_case"
   * keeps its underscore.
   */
  private static boolean isEmphasis(String line, int start, int end, char mark) {
    boolean spaceBefore = start == 0 || Character.isWhitespace(line.charAt(start - 1));
    boolean spaceAfter = end == line.length() || Character.isWhitespace(line.charAt(end));
    if (spaceBefore && spaceAfter) {
      return false;
    }
    if (mark == '*') {
      return true;
    }
    boolean wordBefore = start > 0 && Character.isLetterOrDigit(line.charAt(start - 1));
    boolean wordAfter = end < line.length() && Character.isLetterOrDigit(line.charAt(end));
    return !(wordBefore && wordAfter);
  }

  /**
   * A straight quote as the typographic one pandoc's Markdown stands it for: “ ” by its place, ’
   * after a letter or digit (an apostrophe), ‘ before one.
   */
  private static char smartQuote(String line, int i, char quote) {
    char before = i == 0 ? ' ' : line.charAt(i - 1);
    char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
    boolean opens =
        (Character.isWhitespace(before) || "([{".indexOf(before) >= 0)
            && !Character.isWhitespace(after);
    if (quote == '"') {
      return opens ? '“' : '”';
    }
    if (Character.isLetterOrDigit(before)) {
      return '’';
    }
    return opens ? '‘' : '\'';
  }

  /**
   * "--" and "---" as the en and em dashes pandoc's Markdown writes them for: between digits
   * ("5--8") or between spaces; other runs of dashes ("--flag") stay as they are.
   */
  private static String smartDash(String line, int start, int end) {
    String run = line.substring(start, end);
    if (run.length() > 3) {
      return run;
    }
    char before = start == 0 ? ' ' : line.charAt(start - 1);
    char after = end < line.length() ? line.charAt(end) : ' ';
    boolean between =
        Character.isDigit(before) && Character.isDigit(after)
            || Character.isWhitespace(before) && Character.isWhitespace(after)
            || start == 0 && Character.isWhitespace(after);
    if (!between) {
      return run;
    }
    return run.length() == 2 ? "–" : "—";
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
  }
}
