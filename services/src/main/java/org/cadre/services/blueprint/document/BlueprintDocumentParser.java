package org.cadre.services.blueprint.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a role-blueprint document into a {@link ParsedBlueprint}.
 *
 * <p>The format is recognised from the content, not the file name: a WordPress REST API post export
 * (JSON), a saved web page (HTML), a plain-text capture of such a page, Markdown, or a Word {@code
 * .docx}. Text may be UTF-8 with or without a byte-order mark, UTF-16, or Windows-1252; UTF-8 text
 * garbled by an earlier reading as Windows-874 or Windows-1252 is repaired, with a warning.
 *
 * <p>Input is treated as untrusted: Word packages are checked for decompression bombs, HTML is
 * walked without recursion, JSON nesting is bounded, and every failure, expected or not, becomes an
 * {@link UnreadableDocumentException} naming the file and the reason. The parser keeps no state
 * between calls and may be shared between threads.
 */
public final class BlueprintDocumentParser {

  /** Larger documents are refused rather than read: a blueprint is well under a megabyte. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /**
   * Parses one document.
   *
   * @param content the document's bytes
   * @param fileName the name it was uploaded under, for messages only
   * @throws UnreadableDocumentException when the document is not a readable blueprint
   */
  public ParsedBlueprint parse(byte[] content, String fileName) {
    String name = displayName(fileName);
    try {
      return read(content, name);
    } catch (Rejection rejection) {
      throw new UnreadableDocumentException(name + ": " + rejection.getMessage());
    } catch (RuntimeException | StackOverflowError unexpected) {
      throw new UnreadableDocumentException(
          name
              + ": could not be read because of an unexpected "
              + unexpected.getClass().getSimpleName()
              + "; the document may be damaged",
          unexpected);
    }
  }

  private static ParsedBlueprint read(byte[] content, String name) {
    if (content == null || content.length == 0) {
      throw new Rejection("the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new Rejection(
          "the file is "
              + content.length / (1024 * 1024)
              + " MB; documents over "
              + MAX_BYTES / (1024 * 1024)
              + " MB are not read");
    }
    Warnings warnings = new Warnings();
    MojibakeRepair repair = new MojibakeRepair();
    RawDocument document;
    DocumentFormat format;
    if (ContentSniffer.sniff(content) == ContentSniffer.Container.ZIP) {
      format = DocumentFormat.DOCX;
      document = DocxBlockReader.read(content, repair);
    } else {
      String text = TextDecoder.decode(content, warnings);
      format = ContentSniffer.textFormat(text);
      document = readText(text, format, repair, warnings, name);
    }
    repair.report(warnings);
    ParsedBlueprint.Source source =
        new ParsedBlueprint.Source(format, document.url(), document.modified(), sha256(content));
    return BlueprintAssembler.assemble(document, source, warnings);
  }

  private static RawDocument readText(
      String text, DocumentFormat format, MojibakeRepair repair, Warnings warnings, String name) {
    switch (format) {
      case WORDPRESS_JSON -> {
        WordPressPostReader.Post post = WordPressPostReader.read(text);
        List<Block> blocks = HtmlPageReader.readArticle(repair.apply(post.html()), warnings);
        if (blocks.isEmpty()) {
          throw new Rejection("the WordPress post's content.rendered is empty");
        }
        return new RawDocument(repair.apply(post.title()), post.url(), post.modified(), blocks);
      }
      case HTML -> {
        return HtmlPageReader.readPage(repair.apply(text), warnings);
      }
      case MARKDOWN -> {
        return MarkdownBlockReader.read(repair.apply(text), warnings);
      }
      default -> {
        RawDocument document = TextBlockReader.read(repair.apply(text), warnings);
        if (document.blocks().isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
          throw new Rejection(
              "not a Word document: the file is plain text (a .docx is a ZIP archive), and the text"
                  + " holds no numbered sections such as “1) Role Summary”");
        }
        return document;
      }
    }
  }

  private static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "document";
    }
    String name = fileName.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
