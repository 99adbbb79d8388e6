package org.cadre.services.blueprint;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small blueprint document in the shape of the public series (a WordPress post export), written
 * for these tests, that a test can change part by part to make the next version of a role.
 */
final class TestBlueprintDocument {

  record Skill(String tier, String name, String description, String use, String importance) {}

  record Kpi(String name, String measures, String why, String target, String frequency) {}

  record ToolRow(String category, String tool, String use, String commonality) {}

  record Dimension(String name, String meets, String exceeds) {}

  String title = "Staff Reliability Engineer";
  String summary = "Keeps the product available and fast, and makes failure cheap.";
  final List<Skill> skills = new ArrayList<>();
  final List<Kpi> kpis = new ArrayList<>();
  final List<ToolRow> tools = new ArrayList<>();
  final List<Dimension> scorecard = new ArrayList<>();
  final List<String> feeder = new ArrayList<>();
  final List<String> next = new ArrayList<>();
  final List<String> adjacent = new ArrayList<>();

  TestBlueprintDocument() {
    skills.add(
        new Skill(
            "Must-have",
            "Incident response",
            "Leads incidents calmly.",
            "Major outages",
            "Critical"));
    skills.add(
        new Skill(
            "Must-have",
            "Infrastructure as code",
            "Changes systems through code.",
            "Every change",
            "Critical"));
    skills.add(
        new Skill(
            "Good-to-have", "Capacity planning", "Forecasts load.", "Before peaks", "Important"));
    skills.add(
        new Skill(
            "Emerging", "Chaos experiments", "Breaks things on purpose.", "Game days", "Optional"));
    kpis.add(
        new Kpi(
            "Availability",
            "Share of good minutes",
            "Customers notice outages",
            "99.95%",
            "Monthly"));
    kpis.add(
        new Kpi(
            "Time to restore",
            "Minutes from alert to fix",
            "Shorter outages",
            "Under 30 minutes",
            "Weekly"));
    kpis.add(
        new Kpi(
            "Toil ratio",
            "Share of manual work",
            "Frees time for fixes",
            "Below 30%",
            "Quarterly"));
    tools.add(new ToolRow("Observability", "Prometheus", "Metrics and alerts", "Common"));
    tools.add(new ToolRow("Incident management", "PagerDuty", "Paging and rotations", "Common"));
    tools.add(new ToolRow("Chaos tooling", "Chaos Mesh", "Fault injection", "Optional"));
    scorecard.add(new Dimension("Debugging", "Finds the cause with help", "Finds it alone, fast"));
    scorecard.add(new Dimension("Communication", "Keeps people informed", "Calms the room"));
    feeder.add("Senior Reliability Engineer");
    next.add("Principal Reliability Engineer");
    adjacent.add("Lead Platform Engineer");
  }

  byte[] wordPressJson() {
    String json =
        Json.createObjectBuilder()
            .add("id", 4711)
            .add("modified", "2026-10-01T09:00:00")
            .add("link", "https://blog.example.org/" + title.toLowerCase().replace(' ', '-') + "/")
            .add(
                "title",
                Json.createObjectBuilder()
                    .add(
                        "rendered",
                        title
                            + ": Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"))
            .add("content", Json.createObjectBuilder().add("rendered", html()))
            .build()
            .toString();
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private String html() {
    StringBuilder h = new StringBuilder();
    h.append("<h2 class=\"wp-block-heading\">1) Role Summary</h2>\n<p>")
        .append(summary)
        .append("</p>\n");
    h.append("<h2 class=\"wp-block-heading\">2) Technical Skills Required</h2>\n");
    String tier = null;
    for (Skill s : skills) {
      if (!s.tier().equals(tier)) {
        if (tier != null) {
          h.append("</ol>\n");
        }
        tier = s.tier();
        h.append("<h3 class=\"wp-block-heading\">")
            .append(tier)
            .append(" technical skills</h3>\n<ol>\n");
      }
      h.append("<li><p><strong>")
          .append(s.name())
          .append("</strong><br/>\n")
          .append("   &#8211; Description: ")
          .append(s.description())
          .append("<br/>\n")
          .append("   &#8211; Typical use: ")
          .append(s.use())
          .append("<br/>\n")
          .append("   &#8211; Importance: <strong>")
          .append(s.importance())
          .append("</strong></p></li>\n");
    }
    h.append("</ol>\n");
    h.append("<h2 class=\"wp-block-heading\">3) KPIs and Productivity Metrics</h2>\n")
        .append(
            "<figure class=\"wp-block-table\"><table><thead><tr><th>Metric name</th><th>What it measures</th>")
        .append(
            "<th>Why it matters</th><th>Example target / benchmark</th><th>Frequency</th></tr></thead><tbody>\n");
    for (Kpi k : kpis) {
      h.append("<tr><td>")
          .append(k.name())
          .append("</td><td>")
          .append(k.measures())
          .append("</td><td>")
          .append(k.why())
          .append("</td><td>")
          .append(k.target())
          .append("</td><td>")
          .append(k.frequency())
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></figure>\n");
    h.append("<h2 class=\"wp-block-heading\">4) Tools, Platforms, and Software</h2>\n")
        .append(
            "<figure class=\"wp-block-table\"><table><thead><tr><th>Category</th><th>Tool / platform</th>")
        .append("<th>Primary use</th><th>Commonality</th></tr></thead><tbody>\n");
    for (ToolRow t : tools) {
      h.append("<tr><td>")
          .append(t.category())
          .append("</td><td>")
          .append(t.tool())
          .append("</td><td>")
          .append(t.use())
          .append("</td><td>")
          .append(t.commonality())
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></figure>\n");
    h.append("<h2 class=\"wp-block-heading\">5) Career Path</h2>\n");
    list(h, "Feeder roles", feeder);
    list(h, "Next roles", next);
    list(h, "Adjacent roles", adjacent);
    h.append("<h2 class=\"wp-block-heading\">6) Hiring Evaluation Criteria</h2>\n")
        .append(
            "<figure class=\"wp-block-table\"><table><thead><tr><th>Dimension</th><th>Meets bar</th>")
        .append("<th>Exceeds bar</th></tr></thead><tbody>\n");
    for (Dimension d : scorecard) {
      h.append("<tr><td>")
          .append(d.name())
          .append("</td><td>")
          .append(d.meets())
          .append("</td><td>")
          .append(d.exceeds())
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></figure>\n");
    return h.toString();
  }

  private static void list(StringBuilder h, String heading, List<String> roles) {
    h.append("<h3 class=\"wp-block-heading\">").append(heading).append("</h3>\n<ul>\n");
    roles.forEach(r -> h.append("<li>").append(r).append("</li>\n"));
    h.append("</ul>\n");
  }
}
