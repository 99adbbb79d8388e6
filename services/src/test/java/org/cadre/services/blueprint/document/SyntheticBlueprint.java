package org.cadre.services.blueprint.document;

import static org.cadre.services.blueprint.document.TestDocuments.paragraph;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A blueprint written for the tests (in our own words, not taken from any published blueprint),
 * rendered in each format the parser reads: WordPress JSON, a saved web page, a plain-text capture
 * and a Word document. The content is the same in all of them.
 */
final class SyntheticBlueprint {

  static final String TITLE = "Senior Test Automation Engineer";
  static final String FULL_TITLE =
      TITLE + ": Role Blueprint, Responsibilities, Skills, KPIs, and Career Path";
  static final String URL = "https://blog.example.org/senior-test-automation-engineer/";

  sealed interface Part permits Para, Sub, Bullets, Entries, Grid {}

  record Para(String text) implements Part {}

  record Sub(String heading) implements Part {}

  record Bullets(List<String> items) implements Part {}

  /** Numbered items, each a name with labelled fields, like the series' skills. */
  record Entries(List<Entry> entries) implements Part {}

  record Entry(String name, List<String> fields) {}

  record Grid(List<String> header, List<List<String>> rows) implements Part {}

  record Sec(String heading, List<Part> parts) {}

  static final List<Sec> SECTIONS =
      List.of(
          new Sec(
              "Role Summary",
              List.of(
                  new Para(
                      "The Senior Test Automation Engineer is an individual contributor in the"
                          + " Quality Engineering department who builds and looks after the"
                          + " automated checks that let product teams ship changes without fear."
                          + " The role turns a team's test ideas into fast, trustworthy suites"
                          + " that run on every merge."),
                  new Para(
                      "Teams hire for this role when manual regression passes start to slow"
                          + " releases down, or when nobody trusts a red build any more."),
                  new Bullets(
                      List.of(
                          "Role horizon: Current, with growing demand as release cadence rises.",
                          "Works most with: product engineers, release managers and support"
                              + " leads.")))),
          new Sec(
              "Core Responsibilities",
              List.of(
                  new Sub("Strategic responsibilities"),
                  new Bullets(
                      List.of(
                          "Set the direction of the test automation stack and keep a short"
                              + " written rationale for each choice.",
                          "Decide with product leads which user journeys deserve end-to-end"
                              + " coverage.")),
                  new Sub("Operational responsibilities"),
                  new Bullets(
                      List.of(
                          "Keep the regression suite green and quarantine flaky tests within one"
                              + " working day.",
                          "Triage failed pipeline runs and route real defects to the owning"
                              + " team.")))),
          new Sec(
              "Day-to-Day Activities",
              List.of(
                  new Sub("Daily activities"),
                  new Bullets(
                      List.of(
                          "Review overnight suite results and open defects for genuine failures.",
                          "Pair with developers on hard-to-test features.")),
                  new Sub("Weekly activities"),
                  new Bullets(
                      List.of(
                          "Prune slow or duplicated tests.",
                          "Share a short quality digest with the engineering leads.")))),
          new Sec(
              "Key Deliverables",
              List.of(
                  new Para("Typical outputs of the role include:"),
                  new Sub("Test assets"),
                  new Bullets(
                      List.of(
                          "A layered automation framework with examples for each layer.",
                          "Reusable fixtures and test data builders.")),
                  new Sub("Reports"),
                  new Bullets(
                      List.of(
                          "A monthly quality dashboard covering escaped defects and suite"
                              + " health.")))),
          new Sec(
              "Goals, Objectives, and Milestones",
              List.of(
                  new Sub("30-day goals (learn the system)"),
                  new Bullets(
                      List.of(
                          "Map the existing suites and their owners.",
                          "Measure the current flaky test rate.")),
                  new Sub("60-day goals (stabilise)"),
                  new Bullets(List.of("Halve the number of quarantined tests.")),
                  new Sub("90-day goals (speed up feedback)"),
                  new Bullets(List.of("Bring the smoke suite under fifteen minutes.")),
                  new Sub("6-month milestones"),
                  new Bullets(List.of("Run contract tests for every public API.")),
                  new Sub("12-month objectives"),
                  new Bullets(
                      List.of("Make automated checks the default release gate for all teams.")),
                  new Sub("Role success definition"),
                  new Para("Success means teams trust a green build enough to release on it."))),
          new Sec(
              "KPIs and Productivity Metrics",
              List.of(
                  new Para(
                      "The metrics below track both the health of the suites and their effect on"
                          + " releases."),
                  new Grid(
                      List.of(
                          "Metric name",
                          "What it measures",
                          "Why it matters",
                          "Example target / benchmark",
                          "Frequency"),
                      List.of(
                          List.of(
                              "Flaky test rate",
                              "Share of automated tests that fail without a code change",
                              "Trust in the pipeline depends on stable signals",
                              "< 2% of the suite",
                              "Weekly"),
                          List.of(
                              "Suite run time",
                              "Median duration of the regression suite",
                              "Slow feedback delays merges",
                              "Under 15 minutes for the smoke suite",
                              "Per release"),
                          List.of(
                              "Escaped defects",
                              "Defects found in production per release",
                              "Shows where coverage is thin",
                              "Fewer than 3 per release",
                              "Monthly"),
                          List.of(
                              "Automation coverage",
                              "Share of regression cases that run without manual steps",
                              "Manual passes do not scale",
                              "85% or more of critical paths",
                              "Quarterly"))))),
          new Sec(
              "Technical Skills Required",
              List.of(
                  new Sub("Must-have technical skills"),
                  new Entries(
                      List.of(
                          new Entry(
                              "Test framework design",
                              List.of(
                                  "Description: Layering page objects, API clients and fixtures"
                                      + " so tests stay readable.",
                                  "Typical use: Structuring new suites and refactoring old ones.",
                                  "Importance: Critical")),
                          new Entry(
                              "CI/CD pipeline integration (Critical)",
                              List.of(
                                  "Description: Running suites in parallel stages and publishing"
                                      + " results.",
                                  "Typical use: Gating merges on fast, reliable checks.")),
                          new Entry(
                              "API testing",
                              List.of(
                                  "Description: Contract and behaviour checks against service"
                                      + " endpoints.",
                                  "Typical use: Covering business rules below the user interface.",
                                  "Importance: Important to Critical depending on org")))),
                  new Sub("Good-to-have technical skills"),
                  new Entries(
                      List.of(
                          new Entry(
                              "Performance testing",
                              List.of(
                                  "Description: Load profiles, baselines and regression"
                                      + " thresholds.",
                                  "Typical use: Catching slowdowns before release.",
                                  "Importance: Optional")))),
                  new Sub("Advanced or expert-level technical skills"),
                  new Entries(
                      List.of(
                          new Entry(
                              "Contract testing at scale",
                              List.of(
                                  "Description: Consumer-driven contracts across many services.",
                                  "Typical use: Letting teams release independently.",
                                  "Importance: Expert")))),
                  new Sub("Emerging future skills for this role"),
                  new Entries(
                      List.of(
                          new Entry(
                              "AI-assisted test generation",
                              List.of(
                                  "Description: Using models to propose test cases and data.",
                                  "Typical use: Widening coverage of edge cases.",
                                  "Importance: Context-specific")))))),
          new Sec(
              "Soft Skills and Behavioral Capabilities",
              List.of(
                  new Entries(
                      List.of(
                          new Entry(
                              "Clear written communication",
                              List.of(
                                  "Why it matters: Test reports are read by people who did not"
                                      + " write the tests.",
                                  "How it shows up: Short defect reports with steps, evidence and"
                                      + " impact.",
                                  "Strong performance: Developers fix issues without asking"
                                      + " follow-up questions.")),
                          new Entry(
                              "Pragmatic judgement",
                              List.of(
                                  "Why it matters: Not every path deserves an end-to-end test.",
                                  "How it shows up: Chooses the cheapest test that gives"
                                      + " confidence.",
                                  "Strong performance: Suites stay fast while coverage of risky"
                                      + " areas grows.")))))),
          new Sec(
              "Tools, Platforms, and Software",
              List.of(
                  new Grid(
                      List.of("Category", "Tool / platform", "Primary use", "Commonality"),
                      List.of(
                          List.of(
                              "Test frameworks",
                              "Playwright / Cypress",
                              "Browser automation for web flows",
                              "Common"),
                          List.of(
                              "CI/CD", "GitHub Actions", "Running suites on every merge", "Common"),
                          List.of(
                              "API testing",
                              "Postman",
                              "Ad hoc checks of service endpoints",
                              "Optional (Common in API-heavy teams)"),
                          List.of(
                              "Performance",
                              "Gatling",
                              "Load tests in the pipeline",
                              "Context-specific"),
                          List.of(
                              "Test management",
                              "TestRail",
                              "Tracking manual cases",
                              "Optional"))))),
          new Sec(
              "Required Experience and Qualifications",
              List.of(
                  new Sub("Typical years of experience"),
                  new Bullets(
                      List.of(
                          "5–8 years in software testing or development, with at least 3 years"
                              + " of hands-on automation.")),
                  new Sub("Education expectations"),
                  new Bullets(
                      List.of(
                          "A degree in computer science or a related field, or equivalent"
                              + " practical experience.")),
                  new Sub("Certifications (useful, rarely required)"),
                  new Bullets(
                      List.of(
                          "ISTQB Advanced Level Test Automation Engineer",
                          "A cloud fundamentals certificate (context-specific)")))),
          new Sec(
              "Career Path and Progression",
              List.of(
                  new Sub("Common feeder roles into this role"),
                  new Bullets(
                      List.of(
                          "Test Automation Engineer",
                          "Software Engineer with a strong testing habit")),
                  new Sub("Next likely roles after this role"),
                  new Bullets(
                      List.of(
                          "Staff Quality Engineer (sets test strategy across several teams)",
                          "Quality Engineering Manager (people leadership of testers and automation"
                              + " engineers)")),
                  new Sub("Adjacent career paths"),
                  new Bullets(
                      List.of(
                          "Site Reliability Engineer (production checks and incident"
                              + " follow-up)")))),
          new Sec(
              "Hiring Evaluation Criteria",
              List.of(
                  new Sub("What to assess in interviews"),
                  new Bullets(
                      List.of(
                          "How the candidate decides what not to automate.",
                          "How they keep a large suite fast.")),
                  new Sub("Scorecard dimensions"),
                  new Para("Rate each dimension from 1 to 5:"),
                  new Grid(
                      List.of("Dimension", "What “strong” looks like", "Evidence sources"),
                      List.of(
                          List.of(
                              "Framework design",
                              "Builds layered, maintainable suites",
                              "Design interview"),
                          List.of(
                              "Pipeline thinking",
                              "Keeps feedback fast and reliable",
                              "Pipeline exercise"),
                          List.of(
                              "Collaboration",
                              "Explains risk in plain language",
                              "Behavioral interview"))))),
          new Sec(
              "Final Role Scorecard Summary",
              List.of(
                  new Grid(
                      List.of("Category", "Executive summary"),
                      List.of(
                          List.of("Role title", TITLE),
                          List.of(
                              "Role purpose",
                              "Build fast, trustworthy automated checks that let teams release"
                                  + " with confidence."))))));

  private SyntheticBlueprint() {}

  /** The article body as WordPress renders it. */
  static String articleHtml() {
    StringBuilder html = new StringBuilder();
    int number = 1;
    for (Sec section : SECTIONS) {
      html.append("<h2 class=\"wp-block-heading\">")
          .append(number++)
          .append(") ")
          .append(escape(section.heading()))
          .append("</h2>\n");
      for (Part part : section.parts()) {
        if (part instanceof Para p) {
          html.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (part instanceof Sub s) {
          html.append("<h3 class=\"wp-block-heading\">")
              .append(escape(s.heading()))
              .append("</h3>\n");
        } else if (part instanceof Bullets b) {
          html.append("<ul class=\"wp-block-list\">\n");
          b.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>\n"));
          html.append("</ul>\n");
        } else if (part instanceof Entries e) {
          html.append("<ol class=\"wp-block-list\">\n");
          for (Entry entry : e.entries()) {
            html.append("<li>\n<p><strong>").append(escape(entry.name())).append("</strong>");
            entry.fields().forEach(f -> html.append("<br/>\n   &#8211; ").append(escape(f)));
            html.append("</p>\n</li>\n");
          }
          html.append("</ol>\n");
        } else if (part instanceof Grid g) {
          html.append("<figure class=\"wp-block-table\"><table>\n<thead><tr>");
          g.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
          html.append("</tr></thead>\n<tbody>\n");
          for (List<String> row : g.rows()) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
            html.append("</tr>\n");
          }
          html.append("</tbody>\n</table></figure>\n");
        }
      }
      html.append("<hr class=\"wp-block-separator\"/>\n");
    }
    return html.toString();
  }

  /** A WordPress REST API export of the post. */
  static byte[] wordPressJson() {
    String json =
        Json.createObjectBuilder()
            .add("id", 4711)
            .add("modified", "2026-03-02T10:15:00")
            .add("modified_gmt", "2026-03-02T09:15:00")
            .add("link", URL)
            .add("type", "post")
            .add("title", Json.createObjectBuilder().add("rendered", FULL_TITLE))
            .add("content", Json.createObjectBuilder().add("rendered", articleHtml()))
            .build()
            .toString();
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The post saved from a browser: navigation, a sidebar with its own numbered list, an in-article
   * advert with a numbered heading, comments and a footer around the article.
   */
  static byte[] savedPage() {
    String article = articleHtml();
    int middle = article.indexOf("<h2 class=\"wp-block-heading\">7)");
    String withAdvert =
        article.substring(0, middle)
            + "<div class=\"ad-slot\"><h2>2) Limited offer on garden benches</h2>"
            + "<p>Order today and save.</p></div>\n"
            + article.substring(middle);
    String page =
        "<!DOCTYPE html>\n<html><head><title>"
            + escape(FULL_TITLE)
            + " - Example Blog</title>\n"
            + "<link rel=\"canonical\" href=\""
            + URL
            + "\">\n"
            + "<meta property=\"article:modified_time\" content=\"2026-03-02T09:15:00+00:00\">\n"
            + "<script>var tracker = {\"1) Role Summary\": true};</script>\n"
            + "</head><body class=\"post-template has-sidebar\">\n"
            + "<header class=\"site-header\"><div class=\"logo\">Example Blog</div>\n"
            + "<nav class=\"main-menu\"><ul><li><a href=\"/\">Home</a></li>"
            + "<li><a href=\"/roles\">Roles</a></li></ul></nav></header>\n"
            + "<div class=\"banner-ad\"><p>Compare garden furniture deals near you!</p></div>\n"
            + "<main><article class=\"post\">\n"
            + "<header class=\"entry-header\"><h1 class=\"entry-title\">"
            + escape(FULL_TITLE)
            + "</h1></header>\n"
            + "<div class=\"entry-content\">\n"
            + withAdvert
            + "<div class=\"sharedaddy\"><h3>Share this:</h3><ul><li>Share on X</li></ul></div>\n"
            + "</div></article>\n"
            + "<aside class=\"sidebar\"><h3>1) Five quick interview tips</h3>"
            + "<ul><li>Arrive early</li></ul></aside>\n"
            + "<div id=\"comments\" class=\"comments-area\"><h2>3 Comments</h2>"
            + "<p>Great overview, thanks!</p></div>\n"
            + "</main>\n<footer><p>© 2026 Example Blog</p></footer>\n"
            + "</body></html>\n";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The page captured as plain text: advertising above the title, tables flattened to one line per
   * row, comments and footer below.
   */
  static String plainText() {
    StringBuilder text = new StringBuilder();
    text.append("Compare Garden Furniture Deals\n\nFind a sturdy bench for your patio today.\n\n")
        .append("Shop Benches\n\n")
        .append(FULL_TITLE)
        .append("\n\n");
    int number = 1;
    for (Sec section : SECTIONS) {
      text.append(number++).append(") ").append(section.heading()).append("\n\n");
      for (Part part : section.parts()) {
        if (part instanceof Para p) {
          text.append(p.text()).append("\n\n");
        } else if (part instanceof Sub s) {
          text.append(s.heading()).append("\n\n");
        } else if (part instanceof Bullets b) {
          b.items().forEach(i -> text.append("  • ").append(i).append('\n'));
          text.append('\n');
        } else if (part instanceof Entries e) {
          int item = 1;
          for (Entry entry : e.entries()) {
            text.append("  ").append(item++).append(". ").append(entry.name()).append('\n');
            entry.fields().forEach(f -> text.append("    – ").append(f).append('\n'));
            text.append('\n');
          }
        } else if (part instanceof Grid g) {
          text.append(String.join(" ", g.header())).append('\n');
          g.rows().forEach(row -> text.append(String.join(" ", row)).append('\n'));
          text.append('\n');
        }
      }
    }
    text.append("Leave a Reply\n\nYour email address will not be published.\n\n")
        .append("Related posts\n\nTen habits of calm release managers\n");
    return text.toString();
  }

  /**
   * The blueprint as a Word document: a Title paragraph, Heading 2 sections and Heading 3
   * sub-headings (with localised style ids, as a German Word writes them, so only the style names
   * say "heading"), numbered and bulleted lists with nested field lines, and tables.
   */
  static byte[] docx() {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = document.createStyles();
      addStyle(styles, "Titel", "Title");
      addStyle(styles, "berschrift2", "heading 2");
      addStyle(styles, "berschrift3", "heading 3");
      BigInteger list = numbering(document);
      paragraph(document, "Titel", FULL_TITLE);
      int number = 1;
      for (Sec section : SECTIONS) {
        paragraph(document, "berschrift2", number++ + ") " + section.heading());
        for (Part part : section.parts()) {
          if (part instanceof Para p) {
            paragraph(document, null, p.text());
          } else if (part instanceof Sub s) {
            paragraph(document, "berschrift3", s.heading());
          } else if (part instanceof Bullets b) {
            b.items().forEach(i -> listParagraph(document, list, 0, i));
          } else if (part instanceof Entries e) {
            for (Entry entry : e.entries()) {
              listParagraph(document, list, 0, entry.name());
              entry.fields().forEach(f -> listParagraph(document, list, 1, f));
            }
          } else if (part instanceof Grid g) {
            table(document, g);
          }
        }
      }
      document.getProperties().getCoreProperties().setModified("2026-03-02T09:15:00Z");
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addStyle(XWPFStyles styles, String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    styles.addStyle(new XWPFStyle(style));
  }

  private static BigInteger numbering(XWPFDocument document) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ONE);
    XWPFNumbering numbering = document.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }

  private static void listParagraph(
      XWPFDocument document, BigInteger list, int level, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setNumID(list);
    paragraph.setNumILvl(BigInteger.valueOf(level));
    paragraph.createRun().setText(text);
  }

  private static void table(XWPFDocument document, Grid grid) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(grid.header());
    rows.addAll(grid.rows());
    TestDocuments.table(document, rows);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
