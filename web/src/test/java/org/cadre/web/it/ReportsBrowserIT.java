package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reports page in a real browser: the leader makes the Platform department's pack with team
 * pages, follows it to ready, downloads it and sees its first page; a manager is offered their own
 * units only.
 */
class ReportsBrowserIT extends BrowserTest {

  @Test
  void theLeaderMakesAPackFollowsItToReadyAndSeesItsFirstPage() {
    browser.logIn(base.toString(), "leader", "demo");
    browser.waitFor(By.id("nav-reports")).click();
    browser.waitFor(By.id("reports-title"));
    browser.screenshot("50-reports");

    browser.choose("reports:unit", "Platform (ENG-PLAT)");
    browser.choose("reports:detail", "Teams as well");
    browser.driver().findElement(By.id("reports:make")).click();
    browser.waitUntil(
        d -> d.findElement(By.id("reports:messages")).getText().contains("being made"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
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

    List<String> offered =
        browser.driver().findElements(By.cssSelector("[id='reports:unit_items'] li")).stream()
            .map(li -> li.getAttribute("data-label"))
            .toList();
    assertThat(offered)
        .contains("Whole organisation", "Platform (ENG-PLAT)", "Site Reliability (ENG-PLAT-SRE)")
        .noneMatch(label -> label.contains("OPS") || label.contains("ENG-PROD"));
    browser.screenshot("52-reports-manager");
  }
}
