package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The portal in a real browser: log in, search the library, open a blueprint, get its PDF. */
class PortalBrowserIT extends BrowserTest {

  private String firstRow() {
    return browser
        .driver()
        .findElement(By.cssSelector("#library\\:table_data tr a.row-link"))
        .getText();
  }

  private int libraryRows() {
    return browser
        .driver()
        .findElements(By.cssSelector("#library\\:table_data tr a.row-link"))
        .size();
  }

  @Test
  void hrSearchesTheLibraryOpensABlueprintAndDownloadsItsProfile() throws IOException {
    browser.open(base.toString());
    browser.waitFor(By.id("login:username"));
    assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    browser.screenshot("01-login");

    browser.logIn(base.toString(), "hr", "demo");
    browser.waitFor(By.id("library:table"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/blueprints.xhtml");
    assertThat(libraryRows()).isGreaterThanOrEqualTo(9);
    browser.screenshot("02-library");

    browser.driver().findElement(By.xpath("//th[.//span[text()='Level']]")).click();
    browser.waitUntil(d -> firstRow().equals("Customer Support Specialist"));

    browser.driver().findElement(By.id("library:search")).sendKeys("data engineer");
    browser.waitUntil(d -> libraryRows() == 2);
    browser.screenshot("03-library-search");

    browser.driver().findElement(By.linkText("Senior Data Engineer")).click();
    WebElement title = browser.waitFor(By.id("blueprint-title"));
    assertThat(title.getText()).isEqualTo("Senior Data Engineer");
    browser.driver().findElement(By.cssSelector("a[href$='skills']")).click();
    assertThat(browser.waitFor(By.id("blueprint:tabs:skills")).getText())
        .contains("Must-have")
        .contains("Data modelling")
        .contains("Critical");
    browser.screenshot("04-blueprint");

    String pdfUrl =
        browser.driver().findElement(By.id("blueprint:profile-pdf")).getAttribute("href");
    HttpResponse<byte[]> pdf = new Http(base).getWithCookie(pdfUrl, browser.sessionCookie());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(pdf)).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Senior Data Engineer");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "hr", "manager", "leader"})
  void everyDemoRoleLogsInAndSeesTheLibrary(String user) {
    browser.logIn(base.toString(), user, "demo");

    browser.waitFor(By.id("library:table"));
    assertThat(libraryRows()).isGreaterThanOrEqualTo(9);
    assertThat(browser.driver().findElement(By.id("library:table")).getText())
        .contains("Chief Financial Officer", "Customer Support Specialist", "Engineering Manager");
    assertThat(browser.driver().findElement(By.id("session")).getText()).contains(user);
    boolean usersLink = !browser.driver().findElements(By.id("nav-users")).isEmpty();
    assertThat(usersLink).isEqualTo(user.equals("admin"));
  }

  @Test
  void aWrongPasswordIsExplainedOnTheLoginPage() {
    browser.logIn(base.toString(), "hr", "wrong");

    WebElement messages = browser.waitFor(By.id("login:messages"));
    assertThat(messages.getText()).contains("That username and password do not match an account");
    browser.screenshot("05-login-failed");
  }

  @Test
  void aManagerIsRefusedTheUsersPageAndCanLogOut() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));

    browser.open(base + "users.xhtml");
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
    browser.screenshot("06-forbidden");

    browser.open(base + "blueprints.xhtml");
    browser.waitFor(By.id("session:logout")).click();
    assertThat(browser.waitFor(By.className("notice")).getText()).isEqualTo("You have logged out.");
    browser.open(base + "blueprints.xhtml");
    assertThat(browser.waitFor(By.id("login:username")).isDisplayed()).isTrue();
  }
}
