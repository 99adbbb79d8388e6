package org.cadre.services.blueprint.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading of the blueprint series: a number, then ")" (or "." or ":"), then the heading,
 * as in "7) KPIs and Productivity Metrics".
 *
 * @param closer the character after the number, which tells how sure a text line is a heading
 */
record NumberedHeading(int number, char closer, String heading) {

  static final int MAX_LENGTH = 120;

  private static final Pattern PATTERN = Pattern.compile("^(\\d{1,2})\\s?([).:])\\s+(\\S.*)$");

  /** The heading the text states, or {@code null} if the text is not a numbered heading. */
  static NumberedHeading parse(String text) {
    String line = text.strip();
    if (line.length() > MAX_LENGTH) {
      return null;
    }
    Matcher m = PATTERN.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String heading = m.group(3).strip();
    char first = heading.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return null;
    }
    if (heading.endsWith(".") || heading.endsWith(":") || heading.endsWith(",")) {
      return null;
    }
    return new NumberedHeading(Integer.parseInt(m.group(1)), m.group(2).charAt(0), heading);
  }
}
