package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test: the suite deployed to Liberty, and a headless Chromium for the test class. Each
 * test starts signed out (the browser's cookies deleted), so it sets up what it asserts on; the
 * browser is started once per class because starting it took about a second per test.
 */
abstract class BrowserTest extends DeployedTest {

  protected static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
  }

  @BeforeEach
  void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @AfterEach
  void nothingBlockedByPolicy() {
    assertThat(browser.blockedByPolicy()).as("blocked by the Content Security Policy").isEmpty();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }
}
