package org.cadre.web.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser test: the suite deployed to Liberty, and a fresh headless Chromium for each test. */
abstract class BrowserTest extends DeployedTest {

  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
