package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * What the parser tests share: the documents written for them ({@code blueprint-documents/}), an
 * ordered map for rating anchors, and the pieces of a Word document typed by hand.
 */
final class TestDocuments {

  private static final BlueprintDocumentParser PARSER = new BlueprintDocumentParser();

  private TestDocuments() {}

  /** The test document {@code name}, parsed. */
  static ParsedBlueprint parseResource(String name) {
    return PARSER.parse(bytes(name), name);
  }

  /**
   * {@link SyntheticBlueprint#plainText()}, parsed: what its garbled or altered copies must give.
   */
  static ParsedBlueprint cleanText() {
    return PARSER.parse(
        SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8), "page.txt");
  }

  /** The text of the test document {@code name}. */
  static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * That a reading gives the same items as another, item by item: technical skills (with tier and
   * importance), soft skills, KPIs, tools, scorecard dimensions and career path.
   */
  static void assertSameItems(ParsedBlueprint actual, ParsedBlueprint expected) {
    assertThat(actual.technicalSkills()).isEqualTo(expected.technicalSkills());
    assertThat(actual.softSkills()).isEqualTo(expected.softSkills());
    assertThat(actual.kpis()).isEqualTo(expected.kpis());
    assertThat(actual.tools()).isEqualTo(expected.tools());
    assertThat(actual.scorecard()).isEqualTo(expected.scorecard());
    assertThat(actual.careerPath()).isEqualTo(expected.careerPath());
  }

  /** Labels and texts, in the order given: rating anchors as a scorecard dimension holds them. */
  static Map<String, String> linked(String... labelsAndTexts) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      map.put(labelsAndTexts[i], labelsAndTexts[i + 1]);
    }
    return map;
  }

  /** A paragraph in the given style ({@code null} for none). */
  static void paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
  }

  /** A paragraph whose text is all bold, as a sub-heading typed without a heading style. */
  static void bold(XWPFDocument document, String text) {
    bold(document, text, null);
  }

  /** A paragraph starting with a bold run, the name; {@code rest} follows in plain text. */
  static void bold(XWPFDocument document, String name, String rest) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setText(name);
    if (rest != null) {
      paragraph.createRun().setText(rest);
    }
  }

  /** A table of the given rows, the first being the header. */
  @SafeVarargs
  static void table(XWPFDocument document, List<String>... rows) {
    table(document, List.of(rows));
  }

  /** A table of the given rows, the first being the header. */
  static void table(XWPFDocument document, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        table.getRow(r).getCell(c).setText(rows.get(r).get(c));
      }
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = TestDocuments.class.getResourceAsStream("/blueprint-documents/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
