package org.cadre.reports.blueprint;

import java.util.Arrays;
import java.util.List;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Sheet;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * One blueprint as a workbook, a sheet per part: Skills (technical and soft), KPIs, Tools,
 * Scorecard and Career path, each with filters and a frozen header.
 */
public final class BlueprintWorkbook {

  private BlueprintWorkbook() {}

  /** The parts of one blueprint, row by row. */
  public record Data(
      List<Skill> skills,
      List<Kpi> kpis,
      List<Tool> tools,
      List<Anchor> scorecard,
      List<CareerRole> careerPath) {}

  /** A technical skill (with its tier) or a soft skill (tier "Soft skill"). */
  public record Skill(
      String tier,
      String name,
      String importance,
      String importanceText,
      String description,
      String typicalUse) {}

  public record Kpi(
      String name, String measures, String whyItMatters, String target, String frequency) {}

  public record Tool(
      String category, String tool, String use, String commonality, String commonalityText) {}

  /** One rating anchor of a scorecard dimension; dimensions without anchors have one empty row. */
  public record Anchor(String dimension, String label, String text) {}

  public record CareerRole(String direction, String title, String note, String inLibrary) {}

  public static byte[] render(Data data) {
    return WorkbookWriter.render(
        List.of(
            new Sheet(
                "Skills",
                List.of(
                    Column.text("Tier", 14),
                    Column.text("Skill", 36),
                    Column.text("Importance", 16),
                    Column.text("Importance as written", 28),
                    Column.text("Description", 60),
                    Column.text("Typical use", 50)),
                data.skills().stream()
                    .map(
                        s ->
                            Arrays.<Object>asList(
                                s.tier(),
                                s.name(),
                                s.importance(),
                                s.importanceText(),
                                s.description(),
                                s.typicalUse()))
                    .toList()),
            new Sheet(
                "KPIs",
                List.of(
                    Column.text("KPI", 36),
                    Column.text("What it measures", 50),
                    Column.text("Why it matters", 50),
                    Column.text("Target", 30),
                    Column.text("Frequency", 16)),
                data.kpis().stream()
                    .map(
                        k ->
                            Arrays.<Object>asList(
                                k.name(),
                                k.measures(),
                                k.whyItMatters(),
                                k.target(),
                                k.frequency()))
                    .toList()),
            new Sheet(
                "Tools",
                List.of(
                    Column.text("Category", 28),
                    Column.text("Tool", 28),
                    Column.text("Primary use", 60),
                    Column.text("Commonality", 16),
                    Column.text("Commonality as written", 28)),
                data.tools().stream()
                    .map(
                        t ->
                            Arrays.<Object>asList(
                                t.category(),
                                t.tool(),
                                t.use(),
                                t.commonality(),
                                t.commonalityText()))
                    .toList()),
            new Sheet(
                "Scorecard",
                List.of(
                    Column.text("Dimension", 36),
                    Column.text("Anchor", 28),
                    Column.text("What it looks like", 80)),
                data.scorecard().stream()
                    .map(a -> Arrays.<Object>asList(a.dimension(), a.label(), a.text()))
                    .toList()),
            new Sheet(
                "Career path",
                List.of(
                    Column.text("Direction", 16),
                    Column.text("Role", 40),
                    Column.text("Note", 70),
                    Column.text("In the library", 14)),
                data.careerPath().stream()
                    .map(
                        c ->
                            Arrays.<Object>asList(
                                c.direction(), c.title(), c.note(), c.inLibrary()))
                    .toList())));
  }
}
