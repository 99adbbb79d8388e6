package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

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
    try {
      assertThat(browser.blockedByPolicy()).as("blocked by the Content Security Policy").isEmpty();
    } finally {
      browser.close();
    }
  }
}
