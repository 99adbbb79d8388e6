package org.cadre.reports.pdf;

/** Text placed in a template field with HTML markup, escaped so that user text stays text. */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\n' -> escaped.append("<br/>");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
