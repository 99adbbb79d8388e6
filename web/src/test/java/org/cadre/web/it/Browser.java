package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless, with a fresh profile under {@code target/}. Nothing is
 * downloaded: a missing browser fails the test with instructions, it never skips it.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path screenshots =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver"
              + " (missing "
              + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
              + ")");
    }
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1366,900",
          // the integration-test server's certificate is its own, generated at its first start
          "--ignore-certificate-errors",
          "--user-data-dir=" + profile);
      // the browser's console, to catch what the Content Security Policy blocks
      options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      driver = new ChromeDriver(service, options);
      // generous: the first page after a deployment starts Faces, on a machine others share
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Loads the page and checks it against WCAG 2 A/AA ({@link Accessibility}): every page a browser
   * test visits is checked as it loads, and again in each {@link #screenshot} after Ajax changed
   * it.
   */
  void open(String url) {
    driver.get(url);
    assertFitsTheWindow(url);
    Accessibility.assertAccessible(driver, url);
  }

  /** Waits until the element is shown. */
  WebElement waitFor(By locator) {
    return await(
        d -> {
          WebElement element = d.findElement(locator);
          return element.isDisplayed() ? element : null;
        });
  }

  /** Waits for a condition, retrying while Ajax updates replace the elements it looks at. */
  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    await(condition);
  }

  /**
   * Waits up to 30 seconds for the condition to give something other than null or false. An element
   * replaced by Ajax, or gone with the page a form is leaving, counts as not there yet: Chromium
   * reports the second as an "unknown error" saying the node does not belong to the document, not
   * as a stale element.
   */
  private <T> T await(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                return condition.apply(d);
              } catch (StaleElementReferenceException e) {
                return null;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return null;
                }
                throw e;
              }
            });
  }

  /**
   * Clicks an element once the page is at rest, scrolled to the middle of the window if the page's
   * sticky top bar could cover it or it is out of view.
   */
  void click(By locator) {
    settle();
    waitUntil(
        d -> {
          WebElement element = waitFor(locator);
          // scroll only when it is out of view or under the sticky top bar: a scroll closes
          // PrimeFaces' overlay panels, with the element if it is in one
          ((JavascriptExecutor) d)
              .executeScript(
                  "var r = arguments[0].getBoundingClientRect();"
                      + " if (r.top < 100 || r.bottom > window.innerHeight)"
                      + "   arguments[0].scrollIntoView({block: 'center'});",
                  element);
          try {
            element.click();
            return true;
          } catch (ElementClickInterceptedException e) {
            return false; // something still moving covers it (a panel sliding in): nothing clicked
          }
        });
  }

  /**
   * Picks an option of a PrimeFaces select menu the way a user does. The menu's panel fades in and
   * an Ajax update may replace the menu under the pointer, so it opens and picks again until the
   * label shows the choice.
   */
  void choose(String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    waitUntil(
        d -> {
          if (d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
            return true;
          }
          List<WebElement> shown =
              d.findElements(item).stream().filter(WebElement::isDisplayed).toList();
          try {
            if (shown.isEmpty()) {
              d.findElement(By.id(menuId)).click();
            } else {
              shown.get(0).click();
            }
          } catch (ElementNotInteractableException e) {
            // the panel is still moving into place: try again on the next poll
          }
          return false;
        });
  }

  void logIn(String base, String user, String password) {
    open(base + "login.xhtml");
    waitFor(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys(password);
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("login:submit")).click();
    // the form posts the whole page: wait for the next one, not an element of this one
    await(d -> !d.findElement(By.tagName("html")).equals(page));
  }

  /**
   * What the browser refused to load or run because of the page's Content Security Policy, since
   * the last call: a page of Cadre must need nothing its policy forbids.
   */
  List<String> blockedByPolicy() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /** The session cookie, to fetch downloads as the logged-in user. */
  String sessionCookie() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie.getName() + "=" + cookie.getValue();
  }

  /**
   * Saves the window as {@code name.png}, then checks the page as it now is against WCAG 2 A/AA:
   * the screenshot shows the state that failed.
   */
  void screenshot(String name) {
    settle();
    try {
      Files.createDirectories(screenshots);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(screenshots.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String page = name + " (" + driver.getCurrentUrl() + ")";
    assertFitsTheWindow(page);
    Accessibility.assertAccessible(driver, page);
  }

  /**
   * A page must not scroll sideways in the 1366-pixel window of a laptop: wide tables scroll inside
   * their own box. Names the elements that stick out, to find them.
   */
  private void assertFitsTheWindow(String page) {
    String script =
        String.join(
            "\n",
            "var root = document.documentElement, width = root.clientWidth;",
            "if (root.scrollWidth <= width) return [];",
            "var found = Array.from(document.body.querySelectorAll('*'))",
            "  .filter(function (e) { return e.getBoundingClientRect().right > width + 1; })",
            "  .slice(0, 5)",
            "  .map(function (e) {",
            "    var classes = typeof e.className === 'string'",
            "      ? e.className.trim().split(/\\s+/).join('.') : '';",
            "    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')",
            "      + (classes ? '.' + classes : ''); });",
            "return found.length ? found : ['the page, ' + root.scrollWidth + ' px wide'];");
    @SuppressWarnings("unchecked")
    List<String> outside = (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    assertThat(outside).as(page + " scrolls sideways; these stick out of the window").isEmpty();
  }

  /**
   * Waits for the page to be at rest: no Ajax request pending and no transition or finite animation
   * running. A colour measured halfway through a button's transition (after a click, while
   * PrimeFaces re-enables it) is neither of the two colours a user sees.
   */
  private void settle() {
    waitUntil(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var q = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;"
                            + " if (q && !q.isEmpty()) return false;"
                            + " return document.getAnimations().every(function (a) {"
                            + "   return a.playState !== 'running'"
                            + "     || a.effect.getTiming().iterations === Infinity; });"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
