package org.cadre.services.imports.sheet;

/**
 * Looks at what comes before the root element of an XML document: the XML declaration, processing
 * instructions, comments and, where there is one, the document type declaration.
 */
final class XmlProlog {

  private XmlProlog() {}

  /**
   * Whether the document starts with a DOCTYPE before its root element. Works on the raw bytes of
   * UTF-8 and UTF-16 alike: the prolog's markup is ASCII, and the zero bytes UTF-16 puts beside it
   * are skipped.
   */
  static boolean declaresDoctype(byte[] bytes, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b != 0 && b < 0x80) {
        text.append((char) b);
      }
    }
    String prolog = text.toString();
    int at = 0;
    while (at < prolog.length()) {
      if (Character.isWhitespace(prolog.charAt(at))) {
        at++;
      } else if (prolog.startsWith("<?", at)) {
        at = skipPast(prolog, at, "?>");
      } else if (prolog.startsWith("<!--", at)) {
        at = skipPast(prolog, at, "-->");
      } else {
        return prolog.startsWith("<!DOCTYPE", at);
      }
    }
    return false;
  }

  private static int skipPast(String text, int from, String end) {
    int found = text.indexOf(end, from + 2);
    return found < 0 ? text.length() : found + end.length();
  }
}
