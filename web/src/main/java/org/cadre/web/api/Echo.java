package org.cadre.web.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error answer may repeat of the request: values and messages shortened, so that a huge
 * value sent gives a small answer that still says what was wrong.
 */
final class Echo {

  /** The longest value an answer repeats whole. */
  static final int VALUE_MAX = 100;

  /** The longest run of characters without a space a message repeats whole. */
  private static final int WORD_MAX = 60;

  /** The longest message an answer gives whole. */
  private static final int MESSAGE_MAX = 1000;

  private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (WORD_MAX + 1) + ",}");

  private Echo() {}

  /** The value, or its start and how long it was. */
  static String value(String value) {
    if (value == null || value.length() <= VALUE_MAX) {
      return value;
    }
    return value.substring(0, VALUE_MAX - 20) + "… (" + value.length() + " characters)";
  }

  /** The message with each long word shortened, and the whole kept to its start and its end. */
  static String message(String message) {
    if (message == null) {
      return null;
    }
    Matcher words = LONG_WORD.matcher(message);
    StringBuilder shortened = new StringBuilder();
    while (words.find()) {
      String word = words.group();
      words.appendReplacement(
          shortened,
          Matcher.quoteReplacement(
              word.substring(0, WORD_MAX - 20) + "… (" + word.length() + " characters)"));
    }
    words.appendTail(shortened);
    if (shortened.length() <= MESSAGE_MAX) {
      return shortened.toString();
    }
    return shortened.substring(0, MESSAGE_MAX - 300)
        + " … "
        + shortened.substring(shortened.length() - 250);
  }
}
