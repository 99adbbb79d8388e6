package org.cadre.services.blueprint.document;

import java.util.Locale;
import org.cadre.services.common.ByteSignatures;

/**
 * Tells from a document's content, never its name, what it is: a ZIP container (a .docx, or not), a
 * file type the parser does not read (PDF, legacy Office, images, archives, executables), or text;
 * and for text, whether it is JSON, HTML, Markdown or plain text.
 */
final class ContentSniffer {

  /** What the first bytes say. */
  enum Container {
    ZIP,
    TEXT
  }

  /** Markdown shows itself in the first lines of a document. */
  private static final int MAX_SNIFFED_LINES = 2000;

  private ContentSniffer() {}

  /**
   * Whether the bytes are a ZIP container or (possibly) text.
   *
   * @throws Rejection for the binary types a blueprint never comes as
   */
  static Container sniff(byte[] bytes) {
    if (ByteSignatures.isZip(bytes)) {
      return Container.ZIP;
    }
    if (pdfHeader(bytes)) {
      throw new Rejection(
          "a PDF file, which the parser does not read; upload the page as HTML or text, or the"
              + " blueprint as a .docx");
    }
    if (ByteSignatures.isOle2(bytes)) {
      throw new Rejection(
          "a legacy Microsoft Office file (.doc, .xls); save it as a .docx and upload that");
    }
    String binary = ByteSignatures.otherBinary(bytes);
    if (binary != null) {
      throw new Rejection(binary + ", not a blueprint document");
    }
    return Container.TEXT;
  }

  /**
   * The format of decoded text: a JSON export, an HTML page or fragment, Markdown or plain text.
   */
  static DocumentFormat textFormat(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      return DocumentFormat.TEXT;
    }
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return DocumentFormat.WORDPRESS_JSON;
    }
    if (first == '<') {
      return DocumentFormat.HTML;
    }
    String head = text.substring(start, Math.min(text.length(), start + 2048));
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || lower.contains("<body") || lower.contains("<!doctype html")) {
      return DocumentFormat.HTML;
    }
    return isMarkdown(text) ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
  }

  /**
   * Whether text is Markdown: it has "#" headings, or a table rule ("---|---", a grid table's
   * "+---+"), or several bold marks ("**Description:**"), none of which a text capture of a page
   * holds.
   */
  private static boolean isMarkdown(String text) {
    int headings = 0;
    int bold = 0;
    int lines = 0;
    for (String line : text.split("\n", MAX_SNIFFED_LINES + 1)) {
      if (++lines > MAX_SNIFFED_LINES) {
        break;
      }
      String trimmed = line.strip();
      if (MarkdownLineParser.headingLevel(line) > 0) {
        headings++;
      }
      if (MarkdownTables.isPipeRule(trimmed) || MarkdownTables.isGridBorder(trimmed)) {
        return true;
      }
      bold += trimmed.contains("**") ? 1 : 0;
    }
    return headings >= 2 || bold >= 3;
  }

  private static boolean pdfHeader(byte[] bytes) {
    int limit = Math.min(bytes.length, 1024) - 5;
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }
}
