package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.services.blueprint.document.TestDocuments.assertSameItems;
import static org.cadre.services.blueprint.document.TestDocuments.cleanText;

import jakarta.json.Json;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text whose encoding went wrong on the way: UTF-8 read as Windows-874 (as the series shows it, or
 * with replacement characters) or as Windows-1252, in a text capture and inside a WordPress export,
 * and a byte-order mark; the repaired text reads as the clean one.
 */
class GarbledTextTest {

  private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  @Test
  void repairsTextReadAsWindows874AsTheSeriesShowsIt() {
    String garbled = garble874(SyntheticBlueprint.plainText(), true);
    assertThat(garbled).contains("โ€“", "โ€œstrongโ€ looks like", "  โ€ข ");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.scorecard().get(0).anchors()).containsKey("What “strong” looks like");
    assertThat(repaired.warnings())
        .anyMatch(
            w ->
                w.startsWith("Repaired ")
                    && w.contains("read as Windows-874 (Thai)")
                    && w.contains("(e.g. “โ€ข” became “•”)"));
  }

  @Test
  void repairsTextReadAsWindows874WithReplacementCharacters() {
    byte[] utf8 = SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8);
    String garbled = new String(utf8, WINDOWS_874);
    assertThat(garbled).contains("โ€\uFFFDstrongโ€\uFFFD");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.warnings()).anyMatch(w -> w.contains("Windows-874 (Thai)"));
  }

  @Test
  void repairsTextReadAsWindows1252() {
    byte[] utf8 = SyntheticBlueprint.plainText().getBytes(StandardCharsets.UTF_8);
    String garbled = new String(utf8, WINDOWS_1252);
    assertThat(garbled).contains("â€“", "â€¢");

    ParsedBlueprint repaired = parser.parse(garbled.getBytes(StandardCharsets.UTF_8), "page.txt");

    assertSameStructure(repaired, cleanText());
    assertThat(repaired.warnings())
        .anyMatch(w -> w.contains("read as Windows-1252 (Western European)"));
  }

  @Test
  void repairsGarbledTextInsideAWordPressExport() {
    String json =
        Json.createObjectBuilder()
            .add("link", SyntheticBlueprint.URL)
            .add(
                "title",
                Json.createObjectBuilder()
                    .add("rendered", garble874(SyntheticBlueprint.FULL_TITLE + " — draft", true)))
            .add(
                "content",
                Json.createObjectBuilder()
                    .add("rendered", garble874(SyntheticBlueprint.articleHtml(), true)))
            .build()
            .toString();
    json = escapeNonAscii(json);
    assertThat(json).contains("\\u0e42\\u20ac").doesNotContain("—");

    ParsedBlueprint repaired = parser.parse(json.getBytes(StandardCharsets.UTF_8), "post.json");

    assertThat(repaired.title()).isEqualTo(SyntheticBlueprint.TITLE);
    assertThat(repaired.experience().text()).startsWith("5–8 years");
    assertThat(repaired.warnings()).anyMatch(w -> w.contains("Windows-874 (Thai)"));
  }

  @Test
  void readsUtf8WithAByteOrderMarkWithoutWarnings() {
    byte[] text = ("\uFEFF" + SyntheticBlueprint.plainText()).getBytes(StandardCharsets.UTF_8);

    ParsedBlueprint blueprint = parser.parse(text, "page.txt");

    assertSameStructure(blueprint, cleanText());
    assertThat(blueprint.warnings()).noneMatch(w -> w.contains("UTF") || w.contains("Repaired"));
  }

  private static void assertSameStructure(ParsedBlueprint actual, ParsedBlueprint expected) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertSameItems(actual, expected);
    assertThat(actual.experience()).isEqualTo(expected.experience());
    assertThat(actual.sections()).isEqualTo(expected.sections());
  }

  /**
   * UTF-8 text read as Windows-874 the way the series' garbled pages show it: a byte Windows-874
   * leaves undefined is read as Windows-1252 if that defines it ({@code โ€œ}), else dropped ({@code
   * โ€}); without that fallback it becomes U+FFFD.
   */
  static String garble874(String text, boolean fallbackTo1252) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String thai = new String(new byte[] {b}, WINDOWS_874);
      if (thai.charAt(0) != '\uFFFD') {
        out.append(thai);
      } else if (fallbackTo1252) {
        String latin = new String(new byte[] {b}, WINDOWS_1252);
        out.append(latin.charAt(0) == '\uFFFD' ? "" : latin);
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }

  /** JSON as WordPress writes it: every non-ASCII character as a {@code \\u} escape. */
  private static String escapeNonAscii(String json) {
    StringBuilder out = new StringBuilder();
    for (char c : json.toCharArray()) {
      out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
