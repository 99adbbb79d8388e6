package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The organisation in a real browser: HR imports employees from a CSV (a dry run with an error, the
 * error workbook, the fixed file, a commit followed to the end) and finds them in the org chart and
 * the people list; a manager sees their own subtree only.
 */
class OrganisationBrowserIT extends BrowserTest {

  private static final String TEAM = "ENG-PLAT-SRE";

  /** An employee outside the demo manager's department: the last team hired is in Finance. */
  private static final String OUTSIDE_MANAGER = "E00450";

  private WebElement find(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private String text(String id) {
    return find(id).getText();
  }

  private void upload(Path file) {
    WebElement input = find("upload-form:upload_input");
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].style.display='block';arguments[0].style.opacity=1;", input);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** Waits for the dry run of a file to finish and show its counts. */
  private void awaitDryRun(String fileName) {
    browser.waitUntil(
        d ->
            !d.findElements(By.id("imports:dry-run")).isEmpty()
                && d.findElement(By.id("imports:progress-card")).getText().contains(fileName)
                && d.findElement(By.id("run-status")).getText().equals("Checked"));
  }

  private String tile(String kind) {
    return browser
        .driver()
        .findElement(By.cssSelector("#counts .tile-" + kind + " .tile-value"))
        .getText();
  }

  /** The row of a unit in the org chart, by its code. */
  private List<String> chartRow(String code) {
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='org:chart_data']/tr[.//span[contains(@class,'unit-code') and"
                        + " text()='"
                        + code
                        + "']]"));
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private int headcount(String code) {
    return Integer.parseInt(chartRow(code).get(3).strip());
  }

  private Path csv(String name, String content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target/org-browser-it"));
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void hrImportsEmployeesFixesTheFileCommitsAndFindsThemInTheOrganisation() throws IOException {
    // numbers of their own, so the test also passes against a database it ran on before
    String run = Long.toString(System.currentTimeMillis() % 10_000_000L);
    String first = "T" + run + "A";
    String second = "T" + run + "B";
    String header =
        "Employee number,Given name,Family name,Email,Org unit,Level,FTE,Hire date,Location\n";
    String good =
        first
            + ",Zora,Quillfeather,zora."
            + run
            + "@example.com,"
            + TEAM
            + ",Senior,1,2024-01-15,London\n";
    Path broken =
        csv(
            "new-starters-" + run + ".csv",
            header
                + good
                + second
                + ",Ansel,Brightwater,ansel."
                + run
                + "@example.com,ENG-NOPE,Mid-level,0.8,2024-02-01,Berlin\n");
    Path fixed =
        csv(
            "new-starters-" + run + "-fixed.csv",
            header
                + good
                + second
                + ",Ansel,Brightwater,ansel."
                + run
                + "@example.com,"
                + TEAM
                + ",Mid-level,0.8,2024-02-01,Berlin\n");

    browser.logIn(base.toString(), "hr", "demo");
    browser.waitFor(By.id("library:table"));
    browser.open(base + "org.xhtml");
    browser.waitFor(By.id("org:chart"));
    int before = headcount(TEAM);

    browser.driver().findElement(By.id("nav-imports")).click();
    browser.waitFor(By.id("upload-form:kind"));
    browser.choose("upload-form:kind", "Employees");
    browser.waitUntil(
        d ->
            d.findElement(By.id("upload-form:template"))
                .getAttribute("href")
                .endsWith("/api/imports/templates/employees.xlsx"));

    upload(broken);
    awaitDryRun(broken.getFileName().toString());
    assertThat(tile("create")).isEqualTo("1");
    assertThat(tile("errors")).isEqualTo("1");
    String problems = text("imports:problems");
    assertThat(problems).contains("3").contains("Org unit").contains("ENG-NOPE");
    assertThat(problems).contains("no org unit has the code ENG-NOPE");
    assertThat(find("imports:commit").isEnabled()).isFalse();
    assertThat(find("imports:commit-valid").isDisplayed()).isTrue();

    find("imports:problem-filter").sendKeys("hire date");
    browser.waitUntil(
        d -> d.findElement(By.id("imports:problems")).getText().contains("No error matches"));
    find("imports:problem-filter").clear();
    find("imports:problem-filter").sendKeys("org unit");
    browser.waitUntil(d -> d.findElement(By.id("imports:problems")).getText().contains("ENG-NOPE"));
    browser.screenshot("20-imports-dry-run-errors");

    String errors = find("imports:error-workbook").getAttribute("href");
    assertThat(errors).matches(".*/api/imports/[0-9]+/errors\\.xlsx");
    HttpResponse<byte[]> workbook = new Http(base).getWithCookie(errors, browser.sessionCookie());
    assertThat(workbook.statusCode()).isEqualTo(200);
    try (XSSFWorkbook rows = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      var sheet = rows.getSheetAt(0);
      int errorsColumn = sheet.getRow(0).getLastCellNum() - 1;
      assertThat(sheet.getRow(0).getCell(errorsColumn).getStringCellValue()).isEqualTo("Errors");
      assertThat(sheet.getRow(2).getCell(errorsColumn).getStringCellValue())
          .contains("no org unit has the code ENG-NOPE");
    }

    find("imports:commit-valid").click();
    WebElement confirm = browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
    assertThat(confirm.getText()).contains("1 row with errors will be skipped");
    browser.screenshot("21-imports-confirm-skip");
    // the dialog may still be fading in: press No until it has gone
    browser.waitUntil(
        d -> {
          WebElement dialog = d.findElement(By.cssSelector(".ui-confirm-dialog"));
          if (!dialog.isDisplayed()) {
            return true;
          }
          try {
            dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
          } catch (ElementNotInteractableException e) {
            // not clickable yet: the next poll tries again
          }
          return false;
        });

    upload(fixed);
    awaitDryRun(fixed.getFileName().toString());
    assertThat(tile("create")).isEqualTo("2");
    assertThat(tile("errors")).isEqualTo("0");
    assertThat(text("imports:dry-run")).contains("No errors");
    browser.screenshot("22-imports-dry-run-clean");

    find("imports:commit").click();
    browser.waitUntil(d -> d.findElement(By.id("run-status")).getText().equals("Applied"));
    assertThat(text("imports:progress")).contains("100%");
    assertThat(text("imports:progress-card")).contains("Commit of " + fixed.getFileName());
    browser.waitUntil(
        d ->
            d.findElement(By.id("imports:history"))
                .getText()
                .contains(fixed.getFileName().toString()));
    assertThat(text("imports:history")).contains("Applied").contains("Commit").contains("hr");
    browser.screenshot("23-imports-applied");

    browser.driver().findElement(By.id("nav-organisation")).click();
    browser.waitFor(By.id("org:chart"));
    assertThat(headcount(TEAM)).isEqualTo(before + 2);
    browser.screenshot("24-org-chart");

    browser
        .driver()
        .findElement(By.xpath("//a[contains(@class,'unit-link')][.//span[text()='" + TEAM + "']]"))
        .click();
    browser.waitFor(By.id("people:table"));
    assertThat(browser.driver().getCurrentUrl()).contains("unit=" + TEAM);
    assertThat(find("people:unit_label").getText()).contains(TEAM);
    find("people:search").sendKeys("T" + run);
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("#people\\:table_data a.person-link")).size() == 2);
    String people = text("people:table");
    assertThat(people).contains("Zora Quillfeather").contains("Ansel Brightwater");
    assertThat(people).contains("Annual cost");
    assertThat(find("export").getAttribute("href")).contains("api/employees.xlsx?orgUnit=" + TEAM);
    browser.screenshot("25-people-filtered");

    browser.driver().findElement(By.linkText("Zora Quillfeather")).click();
    assertThat(browser.waitFor(By.id("person-name")).getText()).isEqualTo("Zora Quillfeather");
    assertThat(text("person-facts")).contains(first).contains("Site Reliability");
  }

  @Test
  void aManagerSeesTheirSubtreeAndIsRefusedPeopleOutsideIt() {
    browser.logIn(base.toString(), "manager", "demo");
    browser.waitFor(By.id("library:table"));
    assertThat(browser.driver().findElements(By.id("nav-imports"))).isEmpty();

    browser.driver().findElement(By.id("nav-organisation")).click();
    browser.waitFor(By.id("org:chart"));
    browser.screenshot("26-org-chart-manager");
    List<String> codes =
        browser.driver().findElements(By.cssSelector("#org\\:chart_data .unit-code")).stream()
            .map(code -> code.getAttribute("textContent").strip())
            .toList();
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "ENG-PLAT", "ENG-PLAT-SRE", "ENG-PLAT-INFRA", "ENG-PLAT-DEVEX", "ENG-PLAT-SEC");
    assertThat(text("org:chart")).doesNotContain("Engineering").doesNotContain("Finance");

    browser.driver().findElement(By.id("nav-people")).click();
    browser.waitFor(By.id("people:table"));
    assertThat(text("people:table")).doesNotContain("Annual cost");
    browser.driver().findElement(By.cssSelector("#people\\:table_data a.person-link")).click();
    browser.waitFor(By.id("person-name"));
    browser.waitFor(By.id("competencies"));
    assertThat(browser.driver().findElements(By.cssSelector(".level-track"))).isNotEmpty();
    assertThat(text("person-facts")).doesNotContain("Annual cost");
    browser.screenshot("27-person-competencies");

    browser.open(base + "person.xhtml?number=" + OUTSIDE_MANAGER);
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("is not one of them");
    browser.screenshot("28-person-forbidden");

    browser.open(base + "people.xhtml?unit=PNF-FIN");
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
    browser.open(base + "spreadsheet-imports.xhtml");
    assertThat(browser.waitFor(By.className("error-code")).getText()).isEqualTo("403");
  }
}
