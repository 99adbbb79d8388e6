package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core (kept in {@code src/test/resources/axe}) against
 * WCAG 2 A and AA, and fails with each violation: its rule, impact and the elements it found.
 */
final class Accessibility {

  private static final String AXE = read();

  private Accessibility() {}

  static void assertAccessible(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    js.executeScript(AXE);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: String(e),"
                + " nodes: []}])));");
    JsonArray violations = Json.createReader(new StringReader((String) result)).readArray();
    List<String> found =
        violations.getValuesAs(JsonObject.class).stream()
            .map(
                v ->
                    v.getString("id")
                        + " ("
                        + v.get("impact")
                        + "): "
                        + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                            .map(n -> n.getJsonArray("target") + " " + snippet(n))
                            .collect(Collectors.joining(", ")))
            .toList();
    assertThat(found).as("WCAG 2 A/AA violations on " + page).isEmpty();
  }

  /** The start of the element's markup, to find it in the page. */
  private static String snippet(JsonObject node) {
    String html = node.getString("html", "");
    return html.length() > 160 ? html.substring(0, 160) + "…" : html;
  }

  private static String read() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
