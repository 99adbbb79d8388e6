package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The competency pages in a real browser: a team's heatmap, "what if this person leaves" worked out
 * in place, and a person's readiness; the numbers are those of the API.
 */
class CompetencyBrowserIT extends BrowserTest {

  private static final String TEAM = "ENG-PLAT-SEC";

  private JsonObject coverage(String query) {
    return Http.json(
            new Http(base)
                .get("api/org-units/" + TEAM + "/competencies" + query, "manager", "demo"))
        .asJsonObject();
  }

  private List<WebElement> heatmapRows() {
    return browser.driver().findElements(By.cssSelector("#heatmap-table tbody tr"));
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  /** Scrolls a section to the top of the window, just below the sticky top bar. */
  private void scrollTo(String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'});"
                + " window.scrollBy(0, -document.querySelector('header.topbar').offsetHeight - 16);",
            browser.driver().findElement(By.id(id)));
  }

  private void openTeam() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "team-competencies.xhtml?unit=" + TEAM);
    browser.waitFor(By.id("heatmap-table"));
  }

  @Test
  void aManagerReadsTheHeatmapOfTheirTeam() {
    JsonObject api = coverage("");

    openTeam();

    assertThat(heatmapRows()).hasSize(api.getJsonArray("people").size());
    assertThat(text("people-count")).isEqualTo(Integer.toString(api.getJsonArray("people").size()));
    assertThat(
            browser.driver().findElements(By.cssSelector("#heatmap-table thead th.hm-competency")))
        .hasSize(api.getJsonArray("competencies").size());
    // sorted by weighted gap: the first row has the largest
    int largest =
        api.getJsonArray("people").getValuesAs(JsonObject.class).stream()
            .mapToInt(p -> p.getInt("weightedGap"))
            .max()
            .orElseThrow();
    assertThat(heatmapRows().get(0).findElements(By.tagName("td")).get(1).getText())
        .isEqualTo(Integer.toString(largest));
    List<WebElement> required =
        browser.driver().findElements(By.cssSelector("td.hm-met, td.hm-short, td.hm-far"));
    assertThat(required).isNotEmpty();
    assertThat(required.get(0).getText()).matches("(\\d|–) / \\d");
    browser.screenshot("competency-01-heatmap");
    scrollTo("at-risk");
    browser.screenshot("competency-01b-coverage-and-risks");

    browser.click(By.xpath("(//*[@id='team:order']//input[@type='radio'])[3]"));
    String firstByName =
        api.getJsonArray("people").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .sorted()
            .findFirst()
            .orElseThrow();
    browser.waitUntil(
        d -> heatmapRows().get(0).findElement(By.tagName("a")).getText().equals(firstByName));
  }

  @Test
  void whatIfSomeoneLeavesIsWorkedOutInPlace() {
    openTeam();
    int before = heatmapRows().size();
    String leaver = heatmapRows().get(0).findElement(By.tagName("a")).getText();

    browser.click(By.id("team:leaving"));
    browser.click(
        By.xpath(
            "//div[@id='team:leaving_panel']//li[.//label[text()=\""
                + leaver
                + "\"]]//div[contains(@class,'ui-chkbox-box')]"));
    browser.waitUntil(d -> heatmapRows().size() == before - 1);
    browser.click(By.id("team-title")); // closes the menu's panel

    assertThat(text("team:what-if")).contains(leaver);
    String number =
        coverage("").getJsonArray("people").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("name").equals(leaver))
            .map(p -> p.getString("number"))
            .findFirst()
            .orElseThrow();
    JsonObject without = coverage("?without=" + number);
    assertThat(text("at-risk-count"))
        .isEqualTo(
            Long.toString(
                without.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getBoolean("atRisk"))
                    .count()));
    assertThat(browser.driver().findElement(By.id("team:export")).getAttribute("href"))
        .endsWith("competencies.xlsx?without=" + number);
    browser.screenshot("competency-02-what-if");

    browser.click(By.id("team:stay-all"));
    browser.waitUntil(d -> heatmapRows().size() == before);
  }

  @Test
  void aPersonsPageShowsTheirReadinessWithTheSkillsToClose() {
    JsonObject person = coverage("").getJsonArray("people").getJsonObject(0);
    String number = person.getString("number");
    JsonObject readiness =
        Http.json(new Http(base).get("api/employees/" + number + "/readiness", "manager", "demo"))
            .asJsonArray()
            .getJsonObject(0);

    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "person.xhtml?number=" + number);
    WebElement card = browser.waitFor(By.cssSelector("#readiness .readiness-card"));

    assertThat(card.getText())
        .contains(readiness.getString("blueprintTitle"))
        .contains(
            Math.round(readiness.getJsonNumber("proportionalMethod").doubleValue() * 100) + "%")
        .contains(Math.round(readiness.getJsonNumber("countMethod").doubleValue() * 100) + "%");
    readiness.getJsonArray("skills").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getInt("gap") > 0)
        .forEach(s -> assertThat(card.getText()).contains(s.getString("name")));
    browser.screenshot("competency-03-person-readiness");
  }

  @Test
  void thePlanningGridCountsInternalCandidatesForALineWithAGapAndListsThem() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    List<String> teams =
        List.of("ENG-PLAT-SRE", "ENG-PLAT-INFRA", "ENG-PLAT-DEVEX", "ENG-PLAT-SEC");
    WebElement link = null;
    for (String team : teams) {
      browser.open(base + "planning.xhtml?unit=" + team);
      browser.waitFor(By.cssSelector("td.seat-col"));
      List<WebElement> links = browser.driver().findElements(By.cssSelector("a.candidates-link"));
      if (!links.isEmpty()) {
        link = links.get(0);
        break;
      }
    }
    assertThat(link).as("a line with a gap in the Platform teams").isNotNull();
    int count = Integer.parseInt(link.getText().strip());
    assertThat(count).isPositive();
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
    browser.screenshot("competency-04-planning-candidates");

    link.click();
    WebElement dialog = browser.waitFor(By.id("candidates-form:candidates"));

    List<WebElement> named =
        browser
            .driver()
            .findElements(By.cssSelector("[id='candidates-form:candidates-table_data'] tr a"));
    List<WebElement> others =
        browser.driver().findElements(By.id("candidates-form:candidates-others"));
    int outside =
        others.isEmpty() ? 0 : Integer.parseInt(others.get(0).getText().replaceAll("\\D.*", ""));
    assertThat(named.size() + outside).isEqualTo(count);
    assertThat(dialog.getText()).contains("%");
    browser.screenshot("competency-05-planning-candidate-list");
  }
}
