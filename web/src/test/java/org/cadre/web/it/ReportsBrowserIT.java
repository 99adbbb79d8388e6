package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cadre.domain.planning.Quarter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What leadership reads, in a real browser: the reports page (the leader makes the Platform
 * department's pack with team pages, follows it to ready, downloads it and sees its first page; a
 * manager is offered their own units only), and the planning page of a division without a plan of
 * its own, which shows its subtree rolled up with the units below one click away.
 */
class ReportsBrowserIT extends BrowserTest {

  @Test
  void theLeaderMakesAPackFollowsItToReadyAndSeesItsFirstPage() {
    browser.logIn(base.toString(), "leader", "demo");
    browser.click(By.id("nav-reports"));
    browser.waitFor(By.id("reports-title"));
    browser.screenshot("50-reports");

    browser.choose("reports:unit", "Platform (ENG-PLAT)");
    browser.choose("reports:detail", "Teams as well");
    browser.click(By.id("reports:make"));
    browser.waitUntil(
        d -> d.findElement(By.id("reports:messages")).getText().contains("being made"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("reports:packs")).getText().contains("Ready"));

    WebElement image = browser.waitFor(By.id("preview-image"));
    browser.waitUntil(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
    String packs = browser.driver().findElement(By.id("reports:packs")).getText();
    assertThat(packs).contains("Platform").contains("Download PDF");
    browser.screenshot("51-reports-ready");

    String file =
        browser
            .driver()
            .findElement(By.cssSelector("#reports\\:packs .download-link"))
            .getAttribute("href");
    HttpResponse<byte[]> pdf = new Http(base).getWithCookie(file, browser.sessionCookie());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(pdf)).isEqualTo("application/pdf");
  }

  @Test
  void aManagerIsOfferedTheirOwnUnitsOnly() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "reports.xhtml");
    browser.waitFor(By.id("reports-title"));

    browser.click(By.id("reports:unit"));
    browser.waitFor(By.cssSelector("[id='reports:unit_items'] li"));
    List<String> offered =
        browser.driver().findElements(By.cssSelector("[id='reports:unit_items'] li")).stream()
            .map(li -> li.getAttribute("data-label"))
            .toList();
    assertThat(offered)
        .contains("All your units", "Platform (ENG-PLAT)", "Site Reliability (ENG-PLAT-SRE)")
        .noneMatch(label -> label.contains("OPS") || label.contains("ENG-PROD"));
    browser.choose("reports:unit", "Platform (ENG-PLAT)");
    browser.screenshot("52-reports-manager");
  }

  @Test
  void aDivisionWithoutAPlanOfItsOwnShowsItsSubtreeRolledUp() {
    String quarter = Quarter.containing(LocalDate.now()).toString();
    browser.logIn(base.toString(), "leader", "demo");
    browser.waitFor(By.id("nav-reports"));
    browser.open(base + "planning.xhtml?unit=ENG&period=" + quarter);
    browser.waitFor(By.id("plan:rolled-up"));

    assertThat(browser.driver().findElements(By.cssSelector("tr.seat-row"))).isNotEmpty();
    String shown =
        browser
            .driver()
            .findElement(
                By.cssSelector("tr.totals-row td[data-period='" + quarter + "'] .planned-total"))
            .getText();
    HttpResponse<byte[]> api =
        new Http(base)
            .getWithCookie(
                "api/org-units/ENG/headcount?from=" + quarter + "&to=" + quarter,
                browser.sessionCookie());
    JsonObject totals =
        Http.json(api)
            .asJsonObject()
            .getJsonArray("quarters")
            .getJsonObject(0)
            .getJsonObject("totals");
    assertThat(new BigDecimal(shown.replace(",", "")))
        .isEqualByComparingTo(totals.getJsonNumber("plannedFte").bigDecimalValue())
        .isPositive();
    browser.screenshot("53-planning-division-rolled-up");

    browser.click(By.cssSelector("#plan\\:rolled-up .jump-link"));
    browser.click(By.cssSelector("#plan\\:children .child-link"));
    browser.waitUntil(d -> d.findElement(By.id("planning-title")).getText().contains("Data"));
  }
}
