package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pieces of Markdown the corpus documents rely on, one at a time: inline marks, pandoc's smart
 * punctuation, pipe and grid tables, and telling Markdown from a plain-text capture.
 */
class MarkdownReadingTest {

  @Test
  void takesOffEmphasisCodeAndLinkMarksButKeepsUnderscoresInsideWords() {
    assertThat(
            MarkdownInline.plain(
                "**Importance:** _Critical_ for `snake_case` [docs](https://x.example/a)"))
        .isEqualTo("Importance: Critical for snake_case docs");
    assertThat(MarkdownInline.plain("2 * 3 and a_b")).isEqualTo("2 * 3 and a_b");
  }

  @Test
  void readsEscapesAndPandocsSmartPunctuation() {
    assertThat(MarkdownInline.plain("1\\) Define \\*standards\\* 2) Cadre\\'s"))
        .isEqualTo("1) Define *standards* 2) Cadre's");
    assertThat(
            MarkdownInline.plain(
                "What \"strong\" looks like: the company's 5--8 years -- or --flag"))
        .isEqualTo("What “strong” looks like: the company’s 5–8 years – or --flag");
  }

  @Test
  void splitsPipeRowsWithOrWithoutOuterPipes() {
    assertThat(MarkdownTables.pipeCells("Payroll| Excel | Checks \\| totals|  Common"))
        .containsExactly("Payroll", "Excel", "Checks | totals", "Common");
    assertThat(MarkdownTables.pipeCells("| a | **b** |")).containsExactly("a", "b");
    assertThat(MarkdownTables.isPipeRule("---|---|---")).isTrue();
    assertThat(MarkdownTables.isPipeRule("|:--|--:|")).isTrue();
    assertThat(MarkdownTables.isPipeRule("---")).isFalse();
  }

  @Test
  void joinsTheLinesOfAGridTablesCells() {
    MarkdownTables.Grid grid = new MarkdownTables.Grid("+---------+--------------+");
    for (String line :
        List.of(
            "| Metric  | Target       |",
            "+=========+==============+",
            "| Time to | Under 6      |",
            "| lock    | weeks        |",
            "+---------+--------------+")) {
      assertThat(grid.add(line)).isTrue();
    }

    Block.Table table = grid.table();

    assertThat(table.header()).containsExactly("Metric", "Target");
    assertThat(table.rows()).containsExactly(List.of("Time to lock", "Under 6 weeks"));
  }

  @Test
  void tellsMarkdownFromAPlainTextCapture() {
    assertThat(ContentSniffer.textFormat("# Title\n\n## 1) Role Summary\n\nText.\n"))
        .isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(ContentSniffer.textFormat("Title\n\nMetric| Target\n---|---\nA| B\n"))
        .isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(ContentSniffer.textFormat(SyntheticBlueprint.plainText()))
        .isEqualTo(DocumentFormat.TEXT);
  }
}
