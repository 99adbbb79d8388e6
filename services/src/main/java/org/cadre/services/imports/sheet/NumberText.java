package org.cadre.services.imports.sheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers written as text: digits with an optional minus sign, decimal part and exponent, and
 * no thousands separators. The decimal separator is a dot; a comma is also taken where the file's
 * convention makes it one (semicolon-separated CSV, as Excel writes it in locales with a decimal
 * comma).
 */
final class NumberText {

  private static final Pattern DOT =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COMMA = Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)");
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}([ '.,\u00A0\u202F]\\d{3})+([.,]\\d+)?");

  private NumberText() {}

  /** The number the text holds, or {@code null} if it holds none. */
  static BigDecimal parse(String text, boolean decimalComma) {
    if (DOT.matcher(text).matches()) {
      return plain(new BigDecimal(text));
    }
    if (decimalComma && COMMA.matcher(text).matches()) {
      return plain(new BigDecimal(text.replace(',', '.')));
    }
    return null;
  }

  /** The number without trailing zeros and without an exponent: 1.50 is 1.5, 1E+2 is 100. */
  static BigDecimal plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Why text that {@link #parse} refused is not a number, with an example of one. */
  static String whyNot(String text, boolean decimalComma, boolean whole) {
    String example = whole ? "3" : decimalComma ? "0,5" : "0.5";
    String number = whole ? "a whole number" : "a number";
    if (GROUPED.matcher(text).matches() && text.length() > 4) {
      return quote(text)
          + " has thousands separators; write "
          + number
          + " without them, e.g. "
          + (whole ? "1234" : decimalComma ? "1234,5" : "1234.5");
    }
    if (!decimalComma && COMMA.matcher(text).matches()) {
      return quote(text)
          + " has a decimal comma; write "
          + number
          + " with a decimal point, e.g. "
          + text.replace(',', '.');
    }
    return quote(text) + " is not " + number + "; write " + number + " such as " + example;
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }
}
