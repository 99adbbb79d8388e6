package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core (Deque's {@code com.deque.html.axe-core:selenium},
 * which bundles axe.min.js) against WCAG 2 A and AA, and fails with each violation: its rule,
 * impact and the elements it found, with the start of their markup.
 */
final class Accessibility {

  static final List<String> WCAG_2_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  static void assertAccessible(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(WCAG_2_A_AA).setTimeout(60).analyze(driver);
    assertThat(results.isErrored())
        .as("axe-core could not check " + page + ": " + results.getErrorMessage())
        .isFalse();
    List<String> found = results.getViolations().stream().map(Accessibility::describe).toList();
    assertThat(found).as("WCAG 2 A/AA violations on " + page).isEmpty();
  }

  private static String describe(Rule violation) {
    return violation.getId()
        + " ("
        + violation.getImpact()
        + "): "
        + violation.getNodes().stream()
            .map(n -> n.getTarget() + " " + snippet(n.getHtml()))
            .collect(Collectors.joining(", "));
  }

  /** The start of the element's markup, to find it in the page. */
  private static String snippet(String html) {
    if (html == null) {
      return "";
    }
    return html.length() > 160 ? html.substring(0, 160) + "…" : html;
  }
}
