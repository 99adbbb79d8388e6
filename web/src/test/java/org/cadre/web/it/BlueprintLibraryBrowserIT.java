package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * HR's work on the blueprint library in a real browser: import a document, review its warnings,
 * correct a skill's importance, publish, import the next version, compare, follow the career path.
 */
class BlueprintLibraryBrowserIT extends BrowserTest {

  private static final Path DOCUMENT =
      Path.of("src/test/resources/documents/site-reliability-lead.wordpress.json");

  private void upload(Path file) {
    browser.open(base + "blueprint-import.xhtml");
    WebElement input = browser.driver().findElement(By.id("import:upload_input"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].style.display='block';arguments[0].style.opacity=1;", input);
    input.sendKeys(file.toAbsolutePath().toString());
    browser.waitUntil(
        d ->
            d.findElement(By.id("import:results"))
                .getText()
                .contains(file.getFileName().toString()));
  }

  private void openTab(String id) {
    browser.driver().findElement(By.cssSelector("a[href$='" + id + "']")).click();
    browser.waitFor(By.id("blueprint:tabs:" + id));
  }

  @Test
  void hrImportsReviewsCorrectsPublishesAndComparesABlueprint() throws IOException {
    browser.logIn(base.toString(), "hr", "demo");
    browser.waitFor(By.id("library:table"));

    upload(DOCUMENT);
    WebElement results = browser.driver().findElement(By.id("import:results"));
    assertThat(results.getText()).contains("New draft").contains("Site Reliability Lead");
    // the results may be drawn again after the upload's answer, closing the warnings: open them
    // until they show
    browser.waitUntil(
        d -> {
          WebElement shown = d.findElement(By.id("import:results"));
          if (shown.findElement(By.cssSelector("details.warnings")).getAttribute("open") == null) {
            shown.findElement(By.cssSelector("details.warnings summary")).click();
          }
          return shown.getText().contains("Found no soft skills section.");
        });
    browser.screenshot("10-import-warnings");

    browser.click(By.linkText("Site Reliability Lead"));
    assertThat(browser.waitFor(By.id("blueprint-title")).getText())
        .isEqualTo("Site Reliability Lead");
    assertThat(browser.driver().findElement(By.id("warnings")).getText())
        .contains("Found no soft skills section.");
    browser.screenshot("11-draft-overview");

    openTab("skills");
    browser.choose("blueprint:tabs:skill-editor:2:importance", "Critical");
    browser.driver().findElement(By.id("blueprint:tabs:save")).click();
    browser.waitUntil(
        d -> d.findElement(By.id("blueprint:messages")).getText().contains("The draft is saved."));
    assertThat(browser.driver().findElement(By.id("blueprint:tabs:skills")).getText())
        .contains("Capacity planning");
    browser.screenshot("12-skill-importance-edited");

    browser.driver().findElement(By.id("blueprint:publish")).click();
    browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    browser.waitUntil(d -> d.findElement(By.id("blueprint-status")).getText().equals("Published"));
    browser.screenshot("13-published");

    Path next = Files.createTempFile("site-reliability-lead-v2", ".json");
    String v2 =
        Files.readString(DOCUMENT)
            .replace(
                "<tr><td>Incident management</td>",
                "<tr><td>Observability</td><td>Grafana</td><td>Dashboards</td><td>Common</td></tr><tr><td>Incident management</td>");
    Files.writeString(next, v2, StandardCharsets.UTF_8);
    upload(next);
    assertThat(browser.driver().findElement(By.id("import:results")).getText())
        .contains("New revision");

    browser
        .driver()
        .findElement(By.id("import:results"))
        .findElement(By.linkText("Site Reliability Lead"))
        .click();
    browser.waitFor(By.id("blueprint-title"));
    assertThat(browser.driver().findElement(By.id("blueprint")).getText())
        .contains("revision 1 is in force");
    openTab("history");
    browser.driver().findElement(By.id("blueprint:tabs:compare")).click();
    browser.waitUntil(
        d -> d.findElement(By.id("blueprint:tabs:diff")).getText().contains("Grafana"));
    String changes = browser.driver().findElement(By.id("blueprint:tabs:diff")).getText();
    assertThat(changes).contains("Tools").contains("Added").contains("Grafana");
    assertThat(changes).contains("Capacity planning").contains("importance Critical → Important");
    browser.screenshot("14-diff");

    openTab("career");
    WebElement career = browser.driver().findElement(By.id("blueprint:tabs:career-path"));
    assertThat(career.getText())
        .contains("Senior Site Reliability Engineer")
        .contains("Not in the library yet");
    browser.screenshot("15-career-path");
    career.findElement(By.linkText("Lead Platform Engineer")).click();
    assertThat(browser.waitFor(By.id("blueprint-title")).getText())
        .isEqualTo("Lead Platform Engineer");
  }

  @Test
  void theCatalogueListsCompetenciesAndOnlyHrMayImport() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));

    browser.open(base + "competencies.xhtml");
    browser.driver().findElement(By.id("catalogue:search")).sendKeys("sql");
    browser.waitUntil(d -> d.findElement(By.id("catalogue:table")).getText().contains("SQL"));
    assertThat(browser.driver().findElements(By.cssSelector(".merge-button"))).isEmpty();
    browser.screenshot("16-catalogue");

    browser.open(base + "blueprint-import.xhtml");
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
  }
}
