package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Hiring in a real browser: the manager opens a requisition from the planning grid's gap and moves
 * candidates on its board by button and by dragging; an interviewer fills a scorecard from the
 * interview kit; HR hires on an accepted offer. {@link Browser} checks every page against WCAG 2
 * A/AA.
 */
class HiringBrowserIT extends BrowserTest {

  private HiringSetup hiring;

  @BeforeEach
  void team() {
    hiring = new HiringSetup(new Http(base));
  }

  private void logIn(String user) {
    browser.logIn(base.toString(), user, "demo");
    browser.waitFor(By.id("nav-hiring"));
  }

  private void visit(String page, By ready, String screenshot) {
    browser.open(base + page);
    browser.waitFor(ready);
    browser.screenshot(screenshot);
  }

  private By card(String stage, long application) {
    return By.cssSelector(
        ".board-column[data-stage='"
            + stage
            + "'] .board-card[data-application='"
            + application
            + "']");
  }

  private long apply(JsonObject requisition, String name) {
    return hiring.application(requisition, hiring.candidate(name)).getJsonNumber("id").longValue();
  }

  @Test
  void aGapOnThePlanningGridBecomesARequisition() {
    hiring.team();
    hiring.planWithGap();
    logIn("manager");
    visit(
        "planning.xhtml?unit=" + hiring.team + "&period=" + hiring.quarter,
        By.cssSelector("td.cell[data-period='" + hiring.quarter + "'] .open-requisition"),
        "hiring-planning-gap");

    browser
        .driver()
        .findElement(
            By.cssSelector("td.cell[data-period='" + hiring.quarter + "'] .open-requisition"))
        .click();
    browser.waitFor(By.id("new-requisition-title"));
    assertThat(browser.driver().findElement(By.id("gap")).getText()).isEqualTo("1");
    browser.screenshot("hiring-new-requisition");
    browser.driver().findElement(By.id("new-requisition:create")).click();

    browser.waitFor(By.id("requisition-title"));
    assertThat(browser.driver().findElement(By.id("requisition-status")).getText())
        .isEqualTo("Draft");
    assertThat(browser.driver().findElement(By.id("requisition-title")).getText())
        .startsWith(HiringSetup.ENGINEER);
    browser.screenshot("hiring-requisition-draft");
  }

  @Test
  void theManagerMovesCandidatesOnTheBoardByButtonAndByDragging() {
    JsonObject requisition = hiring.openRequisition();
    long id = requisition.getJsonNumber("id").longValue();
    long ada = apply(requisition, "Adaline");
    long ben = apply(requisition, "Benedikt");
    logIn("manager");
    visit("requisition.xhtml?id=" + id, card("Applied", ada), "hiring-board");

    WebElement adaCard = browser.driver().findElement(card("Applied", ada));
    adaCard.findElement(By.cssSelector(".move-on")).click();
    browser.waitFor(card("Screen", ada));
    assertThat(browser.driver().findElement(By.id("requisition:messages")).getText())
        .contains("moved to Screen");

    WebElement benCard = browser.waitFor(card("Applied", ben));
    WebElement panel =
        browser.driver().findElement(By.cssSelector(".board-column[data-stage='Panel']"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({inline: 'center'});", panel);
    new Actions(browser.driver())
        .clickAndHold(benCard)
        .moveByOffset(10, 10)
        .moveToElement(panel)
        .pause(java.time.Duration.ofMillis(300))
        .release()
        .perform();
    browser.waitFor(card("Panel", ben));
    browser.screenshot("hiring-board-moved");
    assertThat(hiring.get("api/applications/" + ben, "hr").getString("stage")).isEqualTo("Panel");
    assertThat(hiring.get("api/applications/" + ada, "hr").getString("stage")).isEqualTo("Screen");
  }

  @Test
  void anInterviewerFillsTheScorecardFromTheKit() {
    JsonObject requisition = hiring.openRequisition();
    long app = apply(requisition, "Cassia");
    hiring.post(
        "api/applications/" + app + "/move", "hr", "{\"stage\":\"Technical interview\"}", 200);
    hiring.post(
        "api/applications/" + app + "/interviews",
        "hr",
        "{\"stage\":\"Technical interview\",\"interviewers\":[\"interviewer\"],\"scheduledAt\":\""
            + Instant.now().minus(2, ChronoUnit.HOURS)
            + "\"}",
        201);
    logIn("interviewer");
    visit("interviews.xhtml", By.id("interview-table"), "hiring-my-interviews");
    browser.driver().findElement(By.linkText("Cassia Candidate")).click();
    browser.waitFor(By.id("interviews:scorecard"));
    browser.screenshot("hiring-interview-kit");

    List<WebElement> scales =
        browser.driver().findElements(By.cssSelector("#interviews\\:scorecard table.rating"));
    assertThat(scales).hasSizeGreaterThanOrEqualTo(4);
    for (int i = 1; i <= scales.size(); i++) {
      browser.click(
          By.xpath(
              "(//*[@id='interviews:scorecard']//table[contains(@class, 'rating')])["
                  + i
                  + "]//label[normalize-space(text())='3']"));
    }
    browser.choose("interviews:recommendation", "Yes");
    browser
        .driver()
        .findElement(By.id("interviews:notes"))
        .sendKeys("Calm under a failing deploy.");
    browser.screenshot("hiring-scorecard-form");
    browser.driver().findElement(By.id("interviews:submit-scorecard")).click();

    browser.waitUntil(d -> d.findElement(By.id("scorecards")).getText().contains("interviewer"));
    JsonObject stored = hiring.get("api/applications/" + app + "/scorecards", "hr");
    JsonObject scorecard = stored.getJsonArray("scorecards").getJsonObject(0);
    assertThat(scorecard.getString("recommendation")).isEqualTo("YES");
    assertThat(scorecard.getJsonArray("ratings").getValuesAs(JsonObject.class))
        .hasSize(scales.size())
        .allSatisfy(r -> assertThat(r.getInt("rating")).isEqualTo(3));
    browser.screenshot("hiring-scorecard-submitted");
  }

  @Test
  void hrHiresOnTheAcceptedOffer() {
    JsonObject requisition = hiring.openRequisition();
    long app = apply(requisition, "Dorian");
    hiring.post("api/applications/" + app + "/move", "hr", "{\"stage\":\"Offer\"}", 200);
    long offer =
        hiring
            .post(
                "api/applications/" + app + "/offer",
                "hr",
                "{\"startDate\":\""
                    + Periods.TODAY
                    + "\",\"annualSalary\":"
                    + hiring.engineerRate()
                    + "}",
                201)
            .getJsonNumber("id")
            .longValue();
    hiring.post("api/offers/" + offer + "/approve", "hr", null, 200);
    logIn("hr");
    visit("application.xhtml?id=" + app, By.cssSelector(".accept-offer"), "hiring-offer");
    browser.click(By.cssSelector(".accept-offer"));
    browser.click(By.id("application:hire"));
    browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();

    browser.waitFor(By.id("application:hired"));
    assertThat(browser.driver().findElement(By.id("application:hired")).getText())
        .contains("Hired as employee");
    assertThat(browser.driver().findElement(By.id("application-status")).getText())
        .isEqualTo("Hired");
    browser.screenshot("hiring-hired");
    assertThat(
            hiring
                .get("api/requisitions/" + requisition.getJsonNumber("id").longValue(), "hr")
                .getString("status"))
        .isEqualTo("FILLED");
  }

  @Test
  void theHiringListsFunnelAndHrPagesAreAccessible() {
    logIn("hr");
    visit("requisitions.xhtml", By.id("requisitions:table"), "hiring-requisitions");
    visit("hiring.xhtml", By.id("hiring:funnel-chart"), "hiring-funnel");
    visit("candidates.xhtml", By.id("duplicates-form:duplicate-table"), "hiring-candidates");
    assertThat(browser.driver().findElements(By.cssSelector(".merge-pair"))).isNotEmpty();
    visit("hiring-templates.xhtml", By.id("templates:save-template"), "hiring-templates");
  }
}
