package org.cadre.services.blueprint.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a list item written out as text: a bullet ("•", "–", "-", "*", ...) or a number ("1.",
 * "2)") before the text, as in plain-text captures and in Word paragraphs typed by hand.
 *
 * @param indent the spaces before the marker (a tab counts as four), which give the nesting
 */
record ListLine(int indent, String text) {

  private static final Pattern BULLET = Pattern.compile("^(\\s*)[•●▪◦·‣∙*–—-]\\s+(\\S.*)$");
  private static final Pattern NUMBER = Pattern.compile("^(\\s*)\\d{1,3}[.)]\\s+(\\S.*)$");

  /** The item the line holds, or {@code null} if it is not a list item. */
  static ListLine parse(String line) {
    Matcher bullet = BULLET.matcher(line);
    if (bullet.matches()) {
      return new ListLine(width(bullet.group(1)), bullet.group(2).strip());
    }
    Matcher number = NUMBER.matcher(line);
    if (number.matches()) {
      return new ListLine(width(number.group(1)), number.group(2).strip());
    }
    return null;
  }

  static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return width(line.substring(0, i));
  }

  private static int width(String whitespace) {
    int width = 0;
    for (int i = 0; i < whitespace.length(); i++) {
      width += whitespace.charAt(i) == '\t' ? 4 : 1;
    }
    return width;
  }
}
