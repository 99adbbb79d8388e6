package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Headcount planning in a real browser: the demo manager changes a planned cell of a team's draft
 * plan and submits it, the leader approves it (or rejects it with a reason), and the plan's history
 * shows it; the manager's scenario edits (a changed cell, a line added and removed) show in the
 * comparison with the baseline; the overview shows the tree; a unit outside the manager's
 * department is refused. The workflow tests work on a scenario of their own (a copy of the team's
 * demo plans, all drafts), so what they find does not depend on what other tests did to the demo
 * plans.
 */
class PlanningBrowserIT extends BrowserTest {

  private static final String TEAM = "ENG-PLAT-SEC";
  private static final String SCENARIO_TEAM = "ENG-PLAT-SRE";
  private static final String SCENARIO = "platform-growth";

  /** The last quarter the demo plans, which the planning page shows last by default. */
  private static final String LAST = Periods.lastDemoQuarter();

  private By status(String period) {
    return By.cssSelector("th[data-period='" + period + "'] .plan-status");
  }

  private By action(String period, String kind) {
    return By.cssSelector("th[data-period='" + period + "'] ." + kind + "-plan");
  }

  private String text(By locator) {
    return browser.driver().findElement(locator).getText();
  }

  private void waitForStatus(String period, String label) {
    browser.waitUntil(d -> d.findElement(status(period)).getText().equals(label));
  }

  /** Types a planned FTE one more than it was into the first seat of the quarter, and saves it. */
  private BigDecimal raiseFirstPlannedCell(String period) {
    By cell = By.cssSelector("td.cell[data-period='" + period + "'] input.planned-input");
    WebElement input = browser.waitFor(cell);
    String before = input.getAttribute("value");
    BigDecimal raised =
        (before.isBlank() ? BigDecimal.ZERO : new BigDecimal(before)).add(BigDecimal.ONE);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), raised.toPlainString(), Keys.TAB);
    browser.waitUntil(d -> d.findElement(By.id("plan:messages")).getText().contains("Saved"));
    assertThat(new BigDecimal(browser.driver().findElement(cell).getAttribute("value")))
        .isEqualByComparingTo(raised);
    return raised;
  }

  /**
   * A new scenario of the manager's holding the team's baseline plans of the last quarter, copied
   * as drafts: plans no other test changes.
   */
  private String scenarioOf(String unit) {
    String name = "review-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<byte[]> created =
        new Http(base)
            .json(
                "POST",
                "api/scenarios",
                "manager",
                "demo",
                "{\"name\":\""
                    + name
                    + "\",\"orgUnit\":\""
                    + unit
                    + "\",\"from\":\""
                    + LAST
                    + "\",\"to\":\""
                    + LAST
                    + "\"}",
                null);
    assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(201);
    return name;
  }

  /** The unit's planning page in the scenario with the last quarter selected. */
  private String lastQuarter(String unit, String scenario) {
    return base + "planning.xhtml?unit=" + unit + "&scenario=" + scenario + "&period=" + LAST;
  }

  /** Signs in and opens the unit's planning page in the scenario with the last quarter selected. */
  private void openLastQuarterAs(String user, String unit, String scenario) {
    browser.logIn(base.toString(), user, "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(lastQuarter(unit, scenario));
    browser.waitFor(By.id("grid"));
  }

  private void logOut() {
    browser.click(By.id("session:logout"));
    browser.waitFor(By.id("login:username"));
  }

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -70);",
            browser.driver().findElement(By.id(id)));
  }

  @Test
  void theManagerChangesAndSubmitsTheLeaderApprovesAndTheHistoryShowsBoth() {
    String scenario = scenarioOf(TEAM);
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.click(By.id("nav-planning"));
    browser.waitFor(By.id("grid"));
    assertThat(browser.driver().findElement(By.id("planning-title")).getText())
        .contains("Platform");

    browser.open(lastQuarter(TEAM, scenario));
    browser.waitFor(By.id("grid"));
    assertThat(text(status(LAST))).isEqualTo("Draft");
    raiseFirstPlannedCell(LAST);
    waitForStatus(LAST, "Draft");

    browser.click(action(LAST, "submit"));
    waitForStatus(LAST, "Submitted");
    assertThat(browser.driver().findElements(action(LAST, "submit"))).isEmpty();
    assertThat(
            browser
                .driver()
                .findElements(
                    By.cssSelector("td.cell[data-period='" + LAST + "'] input.planned-input")))
        .isEmpty();
    browser.waitFor(By.cssSelector("#plan\\:headcount-chart canvas"));
    browser.waitFor(By.cssSelector("#plan\\:cost-chart canvas"));
    assertThat(text(By.id("plan:history"))).contains("Submitted").contains("Changed");
    browser.screenshot("30-planning-manager-submitted");
    logOut();

    openLastQuarterAs("leader", TEAM, scenario);
    waitForStatus(LAST, "Submitted");
    browser.click(action(LAST, "approve"));
    waitForStatus(LAST, "Approved");
    assertThat(browser.driver().findElements(action(LAST, "approve"))).isEmpty();

    List<String> history =
        browser.driver().findElements(By.cssSelector("[id='plan:history_data'] tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(history.get(0)).contains("leader").contains("Approved");
    assertThat(history.get(1)).contains("manager").contains("Submitted");
    assertThat(history.subList(2, history.size()))
        .anySatisfy(event -> assertThat(event).contains("manager").contains("Changed"));
    scrollTo("plan:history-card");
    browser.screenshot("32-planning-leader-approved-history");

    browser.open(base + "overview.xhtml?period=" + LAST + "&scenario=" + scenario);
    browser.waitFor(By.id("overview:tree"));
    browser.waitUntil(
        d -> d.findElement(By.id("overview:tree")).getText().contains("Platform Security"));
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='overview:tree_data']/tr[.//span[contains(@class,'unit-code') and"
                        + " text()='"
                        + TEAM
                        + "']]"));
    assertThat(row.getText()).contains("Approved");
    browser.screenshot("34-plan-overview");

    // drill down to the division, which has a budget to chart the cost against
    browser
        .driver()
        .findElement(By.xpath("//a[contains(@class,'unit-link')][.//span[text()='ENG']]"))
        .click();
    browser.waitFor(By.cssSelector("#plan\\:cost-chart canvas"));
    assertThat(browser.driver().getCurrentUrl()).contains("unit=ENG&").contains("from=" + LAST);
    assertThat(text(By.id("plan:children"))).contains("Platform");
    browser.open(base + "planning.xhtml?unit=ENG");
    browser.waitFor(By.cssSelector("#plan\\:cost-chart canvas"));
    scrollTo("charts");
    browser.screenshot("31-planning-charts-division");
  }

  @Test
  void aScenarioEditShowsInTheComparisonWithTheBaseline() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    String second = Periods.plus(1);
    browser.open(
        base
            + "planning.xhtml?unit="
            + SCENARIO_TEAM
            + "&scenario="
            + SCENARIO
            + "&period="
            + second);
    browser.waitFor(By.id("plan:compare"));
    BigDecimal before = new BigDecimal(text(By.id("delta-fte")));
    raiseFirstPlannedCell(second);
    assertThat(new BigDecimal(text(By.id("delta-fte"))))
        .isEqualByComparingTo(before.add(BigDecimal.ONE));

    // a line added for a seat the plan lacks counts in the comparison, and removing it takes it out
    String title = text(By.cssSelector("tr.seat-row .seat-title"));
    browser.choose("plan:new-blueprint", title);
    browser.choose("plan:new-level", "Distinguished");
    browser.driver().findElement(By.id("plan:new-fte")).sendKeys("2");
    browser.click(By.id("plan:add"));
    browser.waitUntil(d -> d.findElement(By.id("plan:messages")).getText().contains("Added"));
    assertThat(new BigDecimal(text(By.id("delta-fte"))))
        .isEqualByComparingTo(before.add(BigDecimal.valueOf(3)));
    By added =
        By.xpath(
            "//tr[contains(@class,'seat-row')][.//span[text()='Distinguished']]"
                + "//td[@data-period='"
                + second
                + "']//a[contains(@class,'remove-line')]");
    browser.click(added);
    browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    browser.waitUntil(d -> d.findElement(By.id("plan:messages")).getText().contains("Removed"));
    assertThat(new BigDecimal(text(By.id("delta-fte"))))
        .isEqualByComparingTo(before.add(BigDecimal.ONE));

    browser.open(base + "planning.xhtml?unit=ENG-PLAT&scenario=" + SCENARIO);
    browser.waitFor(By.id("plan:deltas"));
    assertThat(text(By.id("plan:deltas"))).contains(SCENARIO_TEAM).contains(second);
    assertThat(browser.driver().findElements(By.id("plan:promote"))).hasSize(1);
    assertThat(text(By.id("plan:children"))).contains("Site Reliability");
    scrollTo("plan:compare");
    browser.screenshot("33-scenario-compare");
  }

  @Test
  void theManagerMakesAScenarioInThePortalAndANameItRefusesIsExplained() {
    String name = "what-if-" + Long.toString(System.currentTimeMillis(), 36);
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "planning.xhtml?unit=ENG-PLAT");
    browser.waitFor(By.id("grid"));

    browser.click(By.id("filters:new-scenario"));
    WebElement field = browser.waitFor(By.id("scenario-form:scenario-name"));
    browser.waitUntil(d -> field.isDisplayed());
    assertThat(text(By.id("scenario-form"))).contains("Platform").contains("units below it");
    field.sendKeys("Growth Plan!");
    browser.click(By.id("scenario-form:create-scenario"));
    browser.waitUntil(
        d -> d.findElement(By.id("scenario-form:scenario-messages")).getText().contains("hyphens"));
    browser.screenshot("36-scenario-new-refused");

    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
    browser.click(By.id("scenario-form:create-scenario"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("scenario=" + name));
    browser.waitFor(By.id("plan:compare"));
    assertThat(text(By.id("scenario-chip"))).isEqualTo(name);
    assertThat(text(By.id("plan:messages")))
        .containsPattern("Scenario " + name + " created with [1-9][0-9]* plans");
    assertThat(text(By.id("plan:deltas"))).contains("plans the same as the baseline");
    browser.screenshot("38-scenario-created");
  }

  @Test
  void theLeaderRejectsASubmittedPlanWithAReasonTheManagerReads() {
    String team = "ENG-PLAT-DEVEX";
    String scenario = scenarioOf(team);
    openLastQuarterAs("manager", team, scenario);
    assertThat(text(status(LAST))).isEqualTo("Draft");
    raiseFirstPlannedCell(LAST);
    waitForStatus(LAST, "Draft");
    browser.click(action(LAST, "submit"));
    waitForStatus(LAST, "Submitted");
    logOut();

    openLastQuarterAs("leader", team, scenario);
    browser.click(action(LAST, "reject"));
    WebElement comment = browser.waitFor(By.id("reject-form:comment"));
    browser.waitUntil(d -> comment.isDisplayed());
    browser.click(By.id("reject-form:confirm-reject"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("reject-form:reject-messages"))
                .getText()
                .contains("Say why the plan is rejected"));
    assertThat(text(status(LAST))).isEqualTo("Submitted");
    assertThat(text(By.id("plan:messages"))).doesNotContain("Say why");
    comment.sendKeys("Two SRE seats are enough until the migration ends.");
    browser.screenshot("37-plan-reject-dialog");
    browser.click(By.id("reject-form:confirm-reject"));
    waitForStatus(LAST, "Rejected");
    logOut();

    openLastQuarterAs("manager", team, scenario);
    assertThat(text(status(LAST))).isEqualTo("Rejected");
    String latest =
        browser
            .driver()
            .findElements(By.cssSelector("[id='plan:history_data'] tr"))
            .get(0)
            .getText();
    assertThat(latest)
        .contains("leader")
        .contains("Rejected")
        .contains("Two SRE seats are enough until the migration ends.");
  }

  @Test
  void aManagerIsRefusedUnitsOutsideTheirDepartment() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "planning.xhtml?unit=ENG-DATA");
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Plan by blueprint");
    browser.screenshot("35-planning-forbidden");

    browser.open(base + "overview.xhtml");
    browser.waitFor(By.id("overview:tree"));
    List<String> codes =
        browser
            .driver()
            .findElements(By.cssSelector("[id='overview:tree_data'] .unit-code"))
            .stream()
            .map(code -> code.getAttribute("textContent").strip())
            .toList();
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "ENG-PLAT", "ENG-PLAT-SRE", "ENG-PLAT-INFRA", "ENG-PLAT-DEVEX", "ENG-PLAT-SEC");
  }
}
