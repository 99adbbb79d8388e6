package org.cadre.services.blueprint.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cadre.services.common.XmlProlog;

/**
 * Reads a Word {@code .docx} with Apache POI: "Title" and "Heading N" paragraph styles become the
 * title and headings, numbered or list-styled paragraphs (or ones typed with a bullet or number)
 * become list items at their list level, and tables keep their cells.
 *
 * <p>POI parses the package's XML with external entities disabled; before it does, a part that
 * declares a document type is refused ({@link XmlProlog}), as for spreadsheets. Against
 * decompression bombs it checks every ZIP entry against {@link ZipSecureFile}'s limits; these are
 * process-wide settings, so this class only ever tightens them to {@value #MIN_INFLATE_RATIO} (an
 * entry may expand at most 100 times) and {@value #MAX_ENTRY_SIZE} bytes per entry, never loosens
 * what the application set.
 */
final class DocxBlockReader {

  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

  static {
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
  }

  private DocxBlockReader() {}

  static RawDocument read(byte[] bytes, MojibakeRepair repair) {
    refuseDeclarations(bytes);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return read(document, repair);
    } catch (IOException | RuntimeException e) {
      throw new Rejection(reason(e));
    }
  }

  /**
   * Refuses the document when one of its XML parts declares a document type before its root
   * element, reading each part's prolog however long it is (at most {@value #MAX_ENTRY_SIZE}
   * bytes). A damaged archive is left for POI to describe.
   */
  private static void refuseDeclarations(byte[] bytes) {
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
          continue;
        }
        XmlProlog prolog = new XmlProlog();
        long read = 0;
        for (int n = zip.read(buffer);
            n > 0 && !prolog.decided() && read < MAX_ENTRY_SIZE;
            n = zip.read(buffer)) {
          prolog.feed(buffer, 0, n);
          read += n;
        }
        if (prolog.declaresDoctype()) {
          throw new Rejection(XmlProlog.refusal("Word document", entry.getName(), "Word"));
        }
      }
    } catch (IOException e) {
      // not a readable ZIP archive: POI says what is wrong with it
    }
  }

  private static RawDocument read(XWPFDocument document, MojibakeRepair repair) {
    XWPFStyles styles = document.getStyles();
    List<Block> blocks = new ArrayList<>();
    String title = null;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        String text = Texts.clean(repair.apply(paragraph.getText()));
        if (text.isEmpty()) {
          continue;
        }
        if (title == null && isTitle(paragraph, styles)) {
          title = Texts.oneLine(text);
        } else {
          blocks.add(block(paragraph, styles, text));
        }
      } else if (element instanceof XWPFTable table) {
        Block.Table read = table(table, repair);
        if (!read.rows().isEmpty()) {
          blocks.add(read);
        }
      } else if (element instanceof XWPFSDT control) {
        String text = Texts.clean(repair.apply(control.getContent().getText()));
        if (!text.isEmpty()) {
          blocks.add(new Block.Paragraph(text));
        }
      }
    }
    String coreTitle = document.getProperties().getCoreProperties().getTitle();
    Date modified = document.getProperties().getCoreProperties().getModified();
    return new RawDocument(
        title != null ? title : titleFrom(blocks, coreTitle),
        null,
        modified == null ? null : Instant.ofEpochMilli(modified.getTime()),
        blocks);
  }

  private static Block block(XWPFParagraph paragraph, XWPFStyles styles, String text) {
    int level = headingLevel(paragraph, styles);
    if (level > 0) {
      return new Block.Heading(level, Texts.oneLine(text));
    }
    if (paragraph.getNumID() != null) {
      int depth = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
      return new Block.ListItem(text, depth);
    }
    if (styleName(paragraph, styles).contains("list")) {
      return new Block.ListItem(text, 0);
    }
    ListLine typed = ListLine.parse(text);
    if (typed != null && !text.contains("\n")) {
      return new Block.ListItem(typed.text(), 0);
    }
    if (isBold(paragraph) && Block.Heading.isShortHeading(text)) {
      return new Block.Heading(Block.Heading.EMPHASIS_LEVEL, Texts.oneLine(text));
    }
    return new Block.Paragraph(text);
  }

  /** Whether every run with text is bold: a sub-heading typed without a heading style. */
  private static boolean isBold(XWPFParagraph paragraph) {
    boolean any = false;
    for (XWPFRun run : paragraph.getRuns()) {
      String text = run.text();
      if (text != null && !text.isBlank()) {
        if (!run.isBold()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static Block.Table table(XWPFTable table, MojibakeRepair repair) {
    List<List<String>> rows = new ArrayList<>();
    boolean repeatedHeader = false;
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
          text.append(paragraph.getText()).append('\n');
        }
        cells.add(Texts.oneLine(repair.apply(text.toString())));
      }
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        repeatedHeader |= rows.isEmpty() && row.isRepeatHeader();
        rows.add(cells);
      }
    }
    return TableColumns.withHeader(rows, repeatedHeader);
  }

  /**
   * Without a "Title" paragraph: an unnumbered top heading before the first section, else the
   * document properties' title.
   */
  private static String titleFrom(List<Block> blocks, String coreTitle) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Heading heading) {
        if (NumberedHeading.parse(heading.text()) != null) {
          break;
        }
        if (heading.level() == 1) {
          blocks.remove(i);
          return heading.text();
        }
      }
    }
    return Texts.orNull(coreTitle);
  }

  private static boolean isTitle(XWPFParagraph paragraph, XWPFStyles styles) {
    return styleName(paragraph, styles).equals("title");
  }

  private static int headingLevel(XWPFParagraph paragraph, XWPFStyles styles) {
    String name = styleName(paragraph, styles);
    if (name.length() == 8 && name.startsWith("heading") && Character.isDigit(name.charAt(7))) {
      return name.charAt(7) - '0';
    }
    return 0;
  }

  /**
   * The paragraph's style name in lower case without spaces ("heading2", "listparagraph"), from the
   * style definitions when present (Word localises style ids, not names), else from the id.
   */
  private static String styleName(XWPFParagraph paragraph, XWPFStyles styles) {
    String id = paragraph.getStyleID();
    if (id == null) {
      return "";
    }
    XWPFStyle style = styles == null ? null : styles.getStyle(id);
    String name = style != null && style.getName() != null ? style.getName() : id;
    return name.toLowerCase(Locale.ROOT).replace(" ", "");
  }

  private static String reason(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb")) {
        return "the .docx would expand far beyond its own size (a possible zip bomb), so it was"
            + " not read";
      }
      if (message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
        return "the .docx holds too many files to be a blueprint, so it was not read";
      }
      if (t instanceof NotOfficeXmlFileException
          || message.contains("content type part")
          || message.contains("core document")) {
        return "a ZIP archive without a Word document in it (word/document.xml is missing, or the"
            + " file is cut short)";
      }
    }
    return "a damaged or incomplete Word document that could not be read";
  }
}
