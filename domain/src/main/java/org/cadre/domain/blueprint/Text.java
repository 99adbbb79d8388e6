package org.cadre.domain.blueprint;

/** Checks on the free text a blueprint is made of: trimmed, bounded, and present where required. */
final class Text {

  private Text() {}

  static String required(String value, String what, int max) {
    String text = optional(value, what, max);
    if (text == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    return text;
  }

  static String optional(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new IllegalArgumentException(
          what + " is " + text.length() + " characters long; at most " + max + " are allowed");
    }
    return text;
  }
}
