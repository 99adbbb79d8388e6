package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test: the suite deployed to Liberty, and a fresh headless Chromium for each test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

  @ArquillianResource protected URL base;
  protected Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.cadre();
  }

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
