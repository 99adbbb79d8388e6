package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

  private final MojibakeRepair repair = new MojibakeRepair();
  private final Warnings warnings = new Warnings();

  @Test
  void repairsUtf8ReadAsWindows874() {
    assertThat(repair.apply("fast โ€” and safe โ€“ mostly; itโ€™s โ€œdoneโ€ โ€ข next"))
        .isEqualTo("fast — and safe – mostly; it’s “done” • next");
    repair.report(warnings);
    assertThat(warnings.list())
        .containsExactly(
            "Repaired 6 garbled characters from UTF-8 text that had been read as Windows-874"
                + " (Thai) (e.g. “โ€”” became “—”); check punctuation and accented letters.");
  }

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertThat(repair.apply("cafÃ© â€” â€œquotedâ€\uFFFD and Â±5%"))
        .isEqualTo("café — “quoted” and ±5%");
    repair.report(warnings);
    assertThat(warnings.list())
        .singleElement()
        .asString()
        .contains("Windows-1252 (Western European)");
  }

  @Test
  void putsBackTheQuoteWhoseLastByteWasLost() {
    assertThat(repair.apply("say โ€\uFFFDhiโ€\uFFFD now; donโ€\uFFFDt"))
        .isEqualTo("say “hi” now; don’t");
  }

  @Test
  void leavesCorrectTextAndRealThaiAlone() {
    String text = "Grüße — “quoted” – it’s • ≥ 99% → ภาษาไทย รฉบับ";

    assertThat(repair.apply(text)).isEqualTo(text);
    repair.report(warnings);
    assertThat(warnings.list()).isEmpty();
  }
}
