package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that are not blueprints are rejected with a message naming the file and the reason;
 * real but damaged blueprints are read with warnings saying what went wrong.
 */
class BadInputTest {

  private static final String NO_SECTIONS =
      ": not a blueprint document: found no numbered sections such as “1) Role Summary”";

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  static Stream<Arguments> rejected() {
    byte[] post = SyntheticBlueprint.wordPressJson();
    byte[] docx = SyntheticBlueprint.docx();
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], "empty.txt: the file is empty"),
        Arguments.of(
            "blank.txt", utf8(" \n\t  \n\n "), "blank.txt: the file holds only white space"),
        Arguments.of(
            "noise.bin",
            randomBytes(),
            "noise.bin: binary data (it contains NUL bytes), not a text document"),
        Arguments.of(
            "post.json",
            Arrays.copyOf(post, post.length / 2),
            "post.json: not valid JSON (is it truncated?): the parser stopped at line 1, column "),
        Arguments.of(
            "team-members.json",
            resource("team-members.json"),
            "team-members.json: not a blueprint document: the JSON has no"
                + " title.rendered/content.rendered (is it a WordPress post export?)"),
        Arguments.of(
            "posts.json",
            utf8("[{\"id\": 1}, {\"id\": 2}]"),
            "posts.json: not a blueprint document: the JSON is a list of 2 items, not one"
                + " WordPress post; export a single post"),
        Arguments.of(
            "empty-post.json",
            utf8(
                "{\"title\": {\"rendered\": \"Data Analyst\"}, \"content\": {\"rendered\": \" \"}}"),
            "empty-post.json: the WordPress post's content.rendered is empty"),
        Arguments.of(
            "deep.json",
            utf8("[".repeat(100_000)),
            "deep.json: not a blueprint document: the JSON is nested more than 64 levels deep"),
        Arguments.of(
            "lentil-soup-recipe.html",
            resource("lentil-soup-recipe.html"),
            "lentil-soup-recipe.html" + NO_SECTIONS),
        Arguments.of(
            "nested.html",
            nestedDivs(100_000, "<p>Nothing to see</p>"),
            "nested.html" + NO_SECTIONS),
        Arguments.of(
            "bomb.docx",
            zipBomb(),
            "bomb.docx: the .docx would expand far beyond its own size (a possible zip bomb), so"
                + " it was not read"),
        Arguments.of(
            "notes.docx",
            utf8("Meeting notes, Tuesday: agreed to move the launch by a week."),
            "notes.docx: not a Word document: the file is plain text (a .docx is a ZIP archive),"
                + " and the text holds no numbered sections such as “1) Role Summary”"),
        Arguments.of(
            "archive.docx",
            zip("photos/readme.txt", utf8("holiday pictures")),
            "archive.docx: a ZIP archive without a Word document in it (word/document.xml is"
                + " missing, or the file is cut short)"),
        Arguments.of(
            "cut.docx",
            Arrays.copyOf(docx, 600),
            "cut.docx: a damaged or incomplete Word document that could not be read"),
        Arguments.of(
            "entity.docx",
            withDocumentXml(
                docx,
                xml ->
                    xml.replaceFirst(
                        "\\?>",
                        "?><!-- "
                            + "padding ".repeat(1000)
                            + "--><!DOCTYPE w:document [<!ENTITY xxe SYSTEM"
                            + " \"file:///etc/passwd\">]>")),
            "entity.docx: not a genuine Word document: its part word/document.xml declares a"
                + " document type (DOCTYPE), which Word never writes and which can hide an attack,"
                + " so the file was not read"),
        Arguments.of(
            "report.pdf",
            utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj"),
            "report.pdf: a PDF file, which the parser does not read; upload the page as HTML or"
                + " text, or the blueprint as a .docx"),
        Arguments.of(
            "old.doc",
            oleHeader(),
            "old.doc: a legacy Microsoft Office file (.doc, .xls); save it as a .docx and upload"
                + " that"),
        Arguments.of(
            "photo.png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
            "photo.png: an image, not a blueprint document"),
        Arguments.of("huge.txt", hugeLine(), "huge.txt" + NO_SECTIONS),
        Arguments.of(
            "release-notes.txt",
            resource("release-notes.txt"),
            "release-notes.txt: not a blueprint document: its sections (“Introduction”,"
                + " “Installation”, “Known Issues”) include none or only one of responsibilities,"
                + " skills, KPIs, tools, experience, career path or hiring"),
        Arguments.of(
            "empty-sections.txt",
            resource("empty-sections.txt"),
            "empty-sections.txt: not a blueprint document: its sections hold no responsibilities,"
                + " skills, KPIs, tools or career path"),
        Arguments.of("memo.docx", memoDocx(), "memo.docx" + NO_SECTIONS),
        Arguments.of(
            "untitled.txt",
            utf8(
                "1) Core Responsibilities\n\n  • Keep the lights on.\n\n"
                    + "2) Technical Skills Required\n\n  1. Soldering\n    – Importance: Critical\n"),
            "untitled.txt: the blueprint has no title"),
        Arguments.of(
            "C:\\Users\\hr\\Downloads\\plain.txt",
            utf8("Just a shopping list: eggs, milk, bread."),
            "plain.txt" + NO_SECTIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsWithAMessageNamingTheFileAndTheReason(String name, byte[] content, String message) {
    assertThatThrownBy(() -> parser.parse(content, name))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void rejectsNullContentAndNamesAnUnnamedDocumentGenerically() {
    assertThatThrownBy(() -> parser.parse(null, null))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("document: the file is empty");
  }

  @Test
  void rejectsDocumentsLargerThanTheLimitWithoutReadingThem() {
    byte[] big = new byte[BlueprintDocumentParser.MAX_BYTES + 1];

    assertThatThrownBy(() -> parser.parse(big, "big.txt"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("big.txt: the file is 64 MB; documents over 64 MB are not read");
  }

  @Test
  void readsABlueprintBuriedInDeeplyNestedMarkup() {
    String article = SyntheticBlueprint.articleHtml();

    ParsedBlueprint blueprint = parser.parse(nestedDivs(20_000, article), "nested.html");

    assertThat(blueprint.sections()).hasSize(SyntheticBlueprint.SECTIONS.size());
    assertThat(blueprint.technicalSkills()).hasSize(6);
  }

  @Test
  void readsABlueprintHoldingDeeplyNestedListsAndTables() {
    String nesting =
        "<ul>"
            + "<li>level<ul>".repeat(5_000)
            + "</ul></li>".repeat(5_000)
            + "</ul>"
            + "<table><tr><td>".repeat(3_000)
            + "cell"
            + "</td></tr></table>".repeat(3_000);
    String article =
        SyntheticBlueprint.articleHtml()
            .replace(
                "<h2 class=\"wp-block-heading\">3)", nesting + "<h2 class=\"wp-block-heading\">3)");

    ParsedBlueprint blueprint = parser.parse(utf8(article), "nested.html");

    assertThat(blueprint.sections()).hasSize(SyntheticBlueprint.SECTIONS.size());
    assertThat(blueprint.responsibilities()).hasSize(2);
  }

  /**
   * Long runs that the readers once gathered by copying the text so far at every line: a list item
   * continued over 20,000 lines, a soft skill with 20,000 field lines, a KPI row of 40,000
   * frequency words and a bold heading nested 10,000 deep.
   */
  @Test
  void readsLongRunsOfLinesAndWordsWhole() {
    String text =
        """
        Long Runs Engineer: Role Blueprint

        1) Core Responsibilities

          • Keep going
        """
            + "    and going\n".repeat(20_000)
            + "\n2) Soft Skills\n\n  1. Stamina\n"
            + "    – Why it matters: it does\n".repeat(20_000)
            + "\n3) KPIs\n\nMetric What it measures Frequency\nUptime "
            + "monthly / ".repeat(40_000)
            + "Share of minutes up Weekly\n";

    ParsedBlueprint blueprint = parser.parse(utf8(text), "long.txt");

    assertThat(blueprint.responsibilities().get(0).items().get(0)).hasLineCount(20_001);
    assertThat(blueprint.softSkills().get(0).whyItMatters()).hasSize(20_000 * 8 - 1);
    assertThat(blueprint.kpis()).hasSize(1);
    assertThat(blueprint.kpis().get(0).frequency()).isEqualTo("Weekly");

    String bold =
        SyntheticBlueprint.articleHtml()
            .replace(
                "<h2 class=\"wp-block-heading\">3)",
                "<p>"
                    + "<b>".repeat(10_000)
                    + "Deep"
                    + "</b>".repeat(10_000)
                    + "</p>"
                    + "<h2 class=\"wp-block-heading\">3)");
    assertThat(parser.parse(utf8(bold), "bold.html").sections())
        .hasSize(SyntheticBlueprint.SECTIONS.size());
  }

  /**
   * Long runs in Markdown: a paragraph and a list item continued over 20,000 lines, a table row
   * wrapped without end, and a line of 20,000 emphasis marks.
   */
  @Test
  void readsLongRunsOfMarkdownWhole() {
    String markdown =
        "# Long Markdown Engineer: Role Blueprint\n\n## 1) Role Summary\n\nStart\n"
            + "and more\n".repeat(20_000)
            + "\n## 2) Core Responsibilities\n\n- Keep going\n"
            + "  and going\n".repeat(20_000)
            + "\n## 3) KPIs\n\nMetric | Target | Frequency\n---|---|---\nUptime | 99%\n"
            + "still wrapping\n".repeat(20_000)
            + "\n## 4) Tools\n\n"
            + "*_".repeat(10_000)
            + "\n";

    ParsedBlueprint blueprint = parser.parse(utf8(markdown), "long.md");

    assertThat(blueprint.source().format()).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(blueprint.sections()).hasSize(4);
    assertThat(blueprint.responsibilities().get(0).items().get(0))
        .hasSize("Keep going".length() + 20_000 * " and going".length());
    assertThat(blueprint.kpis()).isNotEmpty();
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkWithAWarning() {
    byte[] utf16 = SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_16LE);

    ParsedBlueprint blueprint = parser.parse(utf16, "page.txt");

    assertThat(blueprint.technicalSkills()).hasSize(6);
    assertThat(blueprint.warnings())
        .contains("The file is UTF-16 text without a byte-order mark; read it as UTF-16LE.");
  }

  @Test
  void readsWindows1252BytesWithAWarning() {
    byte[] legacy = SyntheticBlueprint.plainText().getBytes(Charset.forName("windows-1252"));

    ParsedBlueprint blueprint = parser.parse(legacy, "page.txt");

    assertThat(blueprint.tools()).hasSize(5);
    assertThat(blueprint.experience().text()).startsWith("5–8 years");
    assertThat(blueprint.warnings())
        .contains(
            "The file is not valid UTF-8; read it as Windows-1252. Check quotes, dashes and"
                + " accented letters.");
  }

  @Test
  void keepsAFlattenedKpiRowWithoutAFrequencyWholeAndSaysSo() {
    String text =
        SyntheticBlueprint.plainText()
            .replace(
                "Trust in the pipeline depends on stable signals < 2% of the suite Weekly",
                "Trust in the pipeline depends on stable signals < 2% of the suite");

    ParsedBlueprint blueprint = parser.parse(utf8(text), "page.txt");

    assertThat(blueprint.kpis()).hasSize(4);
    assertThat(blueprint.kpis().get(0).name())
        .startsWith("Flaky test rate Share of automated tests")
        .endsWith("< 2% of the suite");
    assertThat(blueprint.kpis().get(0).frequency()).isNull();
    assertThat(blueprint.warnings())
        .anyMatch(
            w ->
                w.startsWith(
                        "Section “6) KPIs and Productivity Metrics”: could not tell the columns of"
                            + " the table row “Flaky test rate")
                    && w.endsWith("apart with confidence; kept the row's text whole."))
        .anyMatch(w -> w.contains("the KPI “Flaky test rate") && w.endsWith("has no frequency."));
  }

  @Test
  void readsACaptureCutOffHalfwayWithWarningsForWhatIsMissing() {
    String text = SyntheticBlueprint.plainText();
    String firstHalf = text.substring(0, text.indexOf("9) Tools, Platforms"));

    ParsedBlueprint blueprint = parser.parse(utf8(firstHalf), "cut.txt");

    assertThat(blueprint.sections()).hasSize(8);
    assertThat(blueprint.technicalSkills()).hasSize(6);
    assertThat(blueprint.warnings())
        .contains(
            "Found no tools section.",
            "Found no experience and qualifications section.",
            "Found no career path section.",
            "Found no hiring criteria section.");
  }

  @Test
  void readsAPageWithSectionNumbersMissingWithAWarning() {
    String text = SyntheticBlueprint.plainText().replace("\n3) Day-to-Day Activities\n", "\n");

    ParsedBlueprint blueprint = parser.parse(utf8(text), "page.txt");

    assertThat(blueprint.sections()).hasSize(SyntheticBlueprint.SECTIONS.size() - 1);
    assertThat(blueprint.warnings())
        .contains("Section numbering jumps from 2 to 4; a section may be missing.");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[4096];
    new Random(20260411L).nextBytes(bytes);
    bytes[0] = 0x13;
    return bytes;
  }

  private static byte[] nestedDivs(int depth, String inside) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    html.append("<div>".repeat(depth)).append(inside).append("</div>".repeat(depth));
    return utf8(html.append("</body></html>").toString());
  }

  private static byte[] hugeLine() {
    byte[] line = new byte[11 * 1024 * 1024];
    byte[] words = utf8("role blueprint skills ");
    for (int i = 0; i < line.length; i++) {
      line[i] = words[i % words.length];
    }
    return line;
  }

  private static byte[] oleHeader() {
    byte[] ole = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole, 0, magic.length);
    return ole;
  }

  /** A small .docx whose document part inflates to 20 MB of spaces. */
  private static byte[] zipBomb() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          utf8(
              "<?xml version=\"1.0\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1024 * 1024];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The .docx with its document part rewritten. */
  private static byte[] withDocumentXml(byte[] docx, UnaryOperator<String> change) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          content = utf8(change.apply(new String(content, StandardCharsets.UTF_8)));
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] memoDocx() {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Memo: the office is closed on Friday.");
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/blueprint-documents/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test document " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
