package org.cadre.reports.workforce;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRParameter;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.Scenarios;
import org.cadre.reports.pdf.FilledReport;
import org.cadre.reports.pdf.PdfRenderer;

/**
 * The pack as a PDF: a book of JasperReports parts ({@code pack.jrxml}), each fed the rows of its
 * section as maps. Large packs fill through a swap file, so that a thousand pages fit a small heap.
 */
public final class WorkforcePackPdf {

  /** The summary's trend shows the period's last four quarters at most. */
  private static final int SUMMARY_QUARTERS = 4;

  /** Definitions the appendix prints, in order. */
  private static final List<String> DEFINITIONS =
      List.of(
          "def.planned",
          "def.actual",
          "def.open",
          "def.gap",
          "def.cost",
          "def.otherCosts",
          "def.budget",
          "def.bridge",
          "def.mix",
          "def.scenario",
          "def.hiring",
          "def.skills",
          "def.lineage");

  private WorkforcePackPdf() {}

  /** The definitions of the numbers the pack prints: none of a section it leaves out. */
  static List<String> definitions(WorkforcePack pack) {
    return DEFINITIONS.stream()
        .filter(key -> !key.equals("def.scenario") || pack.scenario() != null)
        .filter(key -> !key.equals("def.hiring") || pack.hiring() != null)
        .filter(key -> !key.equals("def.skills") || pack.skills() != null)
        .toList();
  }

  /**
   * Fills the pack; the caller exports it and closes it.
   *
   * @param swapDirectory where its pages wait while it is made; null to keep them in memory
   * @param pageFilled told each page's index as it is filled
   */
  public static FilledReport fill(
      WorkforcePack pack, PackLabels labels, Path swapDirectory, IntConsumer pageFilled) {
    Map<String, Object> parameters = parameters(pack, labels);
    return PdfRenderer.fill(
        "pack",
        parameters,
        List.of(Map.of()),
        new PdfRenderer.FillOptions(swapDirectory, pageFilled));
  }

  static Map<String, Object> parameters(WorkforcePack pack, PackLabels labels) {
    PackCover cover = pack.cover();
    String period = period(cover, labels);
    Map<String, Object> p = new HashMap<>();
    p.put(JRParameter.REPORT_LOCALE, labels.locale());
    p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
    p.put("FOOTER", labels.text("pack.footer", cover.unitName(), period));
    p.put("COVER", cover(cover, labels));
    p.put("QUARTER", pack.summary().quarter());
    p.put("SUMMARY", summary(pack.summary(), labels));
    p.put("GAPS", pack.summary().largestGaps().stream().map(WorkforcePackPdf::gap).toList());
    p.put(
        "RISKS",
        pack.skills() == null
            ? null
            : pack.summary().skillsAtRisk().stream().map(WorkforcePackPdf::risk).toList());
    p.put("TREND", pack.trend().stream().map(WorkforcePackPdf::quarter).toList());
    p.put(
        "SUMMARY_TREND",
        pack
            .trend()
            .subList(Math.max(0, pack.trend().size() - SUMMARY_QUARTERS), pack.trend().size())
            .stream()
            .map(WorkforcePackPdf::quarter)
            .toList());
    p.put("BRIDGE", pack.bridge().stream().map(WorkforcePackPdf::bridge).toList());
    List<Map<String, Object>> units = new ArrayList<>();
    for (int i = 0; i < pack.units().size(); i++) {
      Map<String, Object> row = unitRow(pack.units().get(i));
      if (PackText.standsAlone(pack.units(), i)) {
        row.put("line", UnitRow.Line.UNIT.name());
      }
      units.add(row);
    }
    p.put("UNITS", units);
    p.put("UNITS_CHART", pack.chartUnits().stream().map(WorkforcePackPdf::unitRow).toList());
    p.put("MIX", pack.mix().stream().map(WorkforcePackPdf::mix).toList());
    if (pack.scenario() != null) {
      p.put("SCENARIO", scenario(pack.scenario()));
      p.put(
          "SCENARIO_ROWS",
          pack.scenario().rows().stream().map(WorkforcePackPdf::scenarioRow).toList());
    } else {
      p.put("SCENARIO_ROWS", List.of());
    }
    if (pack.hiring() != null) {
      HiringSection hiring = pack.hiring();
      p.put(
          "HIRING",
          fields(
              "period", labels.text("hiring.period", hiring.from(), hiring.to()),
              "anyCandidates", hiring.funnel().stream().anyMatch(f -> f.candidates() > 0),
              "filled", hiring.filled(),
              "medianDaysToFill", hiring.medianDaysToFill(),
              "offersAccepted", hiring.offersAccepted(),
              "offersDeclined", hiring.offersDeclined(),
              "openByAge", labels.text("hiring.openByAge", hiring.to()),
              "ages",
                  hiring.openByAge().stream()
                      .map(
                          a ->
                              fields(
                                  "age", a.label(labels),
                                  "requisitions", a.requisitions(),
                                  "fte", a.fte()))
                      .toList()));
      p.put(
          "HIRING_FUNNEL",
          hiring.funnel().stream()
              .map(f -> fields("stage", f.stage(), "candidates", f.candidates()))
              .toList());
    }
    if (pack.skills() != null) {
      SkillsSection skills = pack.skills();
      p.put(
          "SKILLS_COVERAGE",
          skills.criticalCoverage().stream()
              .map(
                  c ->
                      fields(
                          "competency", c.competency(),
                          "needed", c.needed(),
                          "covered", c.covered(),
                          "share", c.share()))
              .toList());
      p.put("SKILLS_RISKS", skills.atRisk().stream().map(WorkforcePackPdf::risk).toList());
      p.put(
          "SKILLS_GAPS",
          skills.largestGaps().stream()
              .map(
                  g ->
                      fields(
                          "unit", g.unitName(),
                          "weightedGap", g.weightedGap(),
                          "competency", g.largestCompetency()))
              .toList());
      p.put(
          "SKILLS_CANDIDATES",
          skills.internalCandidates().stream()
              .map(
                  c ->
                      fields(
                          "person", c.person(),
                          "current", c.currentBlueprint(),
                          "target", c.targetBlueprint(),
                          "targetLevel", level(c.targetLevel()),
                          "unit", c.unitName(),
                          "readiness", c.readiness()))
              .toList());
    }
    p.put(
        "UNIT_PAGES",
        pack.unitPages().stream()
            .map(page -> unitPage(page, pack.summary().quarter(), labels))
            .toList());
    p.put("DEFINITIONS", definitions(pack).stream().map(key -> fields("key", key)).toList());
    p.put(
        "LINEAGE_PLANS",
        pack.lineage().plans().stream()
            .map(
                v ->
                    fields(
                        "unit", v.unitName(),
                        "quarter", v.quarter(),
                        "version", v.version(),
                        "status", v.status().name()))
            .toList());
    p.put(
        "LINEAGE_BLUEPRINTS",
        pack.lineage().blueprints().stream()
            .map(
                r ->
                    fields(
                        "title", r.title(),
                        "revision", r.revision(),
                        "status", r.status().name()))
            .toList());
    return p;
  }

  private static String period(PackCover cover, PackLabels labels) {
    return cover.from().equals(cover.to())
        ? labels.text("pack.periodOne", cover.from())
        : labels.text("pack.period", cover.from(), cover.to());
  }

  /** The cover's lines, in words, as the PDF and the workbook print them. */
  static Map<String, Object> cover(PackCover cover, PackLabels labels) {
    String period = period(cover, labels);
    DateTimeFormatter asOf =
        DateTimeFormatter.ofPattern(labels.text("cover.asOfPattern"), labels.locale());
    return fields(
        "unitLine",
            cover.unitCode() == null
                ? cover.unitName()
                : cover.unitName() + " (" + cover.unitCode() + ")",
        "unitName", cover.unitName(),
        "period", period,
        "scenario",
            Scenarios.BASELINE.equals(cover.scenario())
                ? labels.text("cover.baseline")
                : cover.scenario(),
        "detail", labels.text("cover.detail." + cover.detail().name()),
        "asOf", asOf.format(cover.asOf()),
        "madeBy", cover.madeBy(),
        "plansLine",
            labels.text(
                "cover.lineage.plans",
                cover.approvedPlans() + cover.otherPlans(),
                cover.approvedPlans(),
                cover.otherPlans()),
        "blueprintsLine", labels.text("cover.lineage.blueprints", cover.blueprintRevisions()));
  }

  private static Map<String, Object> summary(PackSummary summary, PackLabels labels) {
    Map<String, Object> row = figures(summary.figures());
    row.put("at", labels.text("summary.at", summary.quarter()));
    row.put("hires", summary.hires());
    row.put("leavers", summary.leavers());
    return row;
  }

  static Map<String, Object> figures(PackFigures f) {
    return fields(
        "plannedFte", f.plannedFte(),
        "actualFte", f.actualFte(),
        "openFte", f.openFte(),
        "gapFte", f.gapFte(),
        "plannedCost", f.plannedCost(),
        "actualCost", f.actualCost(),
        "openCost", f.openCost(),
        "gapCost", f.gapCost(),
        "budget", f.budget(),
        "variance", f.variance());
  }

  private static Map<String, Object> gap(GapRow gap) {
    return fields(
        "unit", gap.unitName(),
        "blueprint", gap.blueprint(),
        "level", level(gap.level()),
        "gapFte", gap.gapFte(),
        "gapCost", gap.gapCost());
  }

  private static Map<String, Object> risk(SkillsSection.RiskRow risk) {
    return fields(
        "unit",
        risk.unitName(),
        "competency",
        risk.competency(),
        "holders",
        risk.holders(),
        "risk",
        risk.risk().name());
  }

  private static Map<String, Object> quarter(QuarterTotals totals) {
    Map<String, Object> row = figures(totals.figures());
    row.put("quarter", totals.quarter());
    row.put("status", status(totals.status()));
    return row;
  }

  static Map<String, Object> bridge(BridgeRow row) {
    BridgeFigures f = row.figures();
    return fields(
        "quarter", row.quarter(),
        "forecast", row.forecast(),
        "opening", f.opening(),
        "hires", f.hires(),
        "leavers", f.leavers(),
        "movesIn", f.movesIn(),
        "movesOut", f.movesOut(),
        "closing", f.closing(),
        "closingFte", f.closingFte(),
        "plannedFte", row.plannedFte(),
        "againstPlan", f.closingFte().subtract(row.plannedFte()));
  }

  private static Map<String, Object> unitRow(UnitRow row) {
    Map<String, Object> map = figures(row.figures());
    map.put("name", row.name());
    map.put("kind", row.kind().name());
    map.put("indent", row.indent());
    map.put("line", row.line().name());
    return map;
  }

  private static Map<String, Object> mix(MixCell cell) {
    return fields(
        "division", cell.division(),
        "blueprint", cell.blueprint(),
        "levelKey",
            String.format(
                "%03d|%s", cell.level() == null ? 0 : cell.level().rank(), level(cell.level())),
        "plannedFte", cell.plannedFte());
  }

  private static Map<String, Object> scenario(ScenarioSection scenario) {
    return fields(
        "name", scenario.name(),
        "deltaFte", scenario.deltaFte(),
        "deltaCost", scenario.deltaCost());
  }

  private static Map<String, Object> scenarioRow(ScenarioSection.Row row) {
    return fields(
        "quarter", row.quarter(),
        "unit", row.unitName(),
        "blueprint", row.blueprint(),
        "level", level(row.level()),
        "baselineFte", row.baselineFte(),
        "scenarioFte", row.scenarioFte(),
        "deltaFte", row.deltaFte(),
        "baselineCost", row.baselineCost(),
        "scenarioCost", row.scenarioCost(),
        "deltaCost", row.deltaCost());
  }

  private static Map<String, Object> unitPage(UnitPage page, String quarter, PackLabels labels) {
    QuarterTotals last = page.quarters().get(page.quarters().size() - 1);
    Map<String, Object> row = figures(last.figures());
    row.put("code", page.code());
    row.put("name", page.name());
    row.put("anchor", PackText.unitAnchor(page.name(), page.code()));
    row.put("bookmarkLevel", 1 + page.depth());
    String kind = labels.text("kind." + page.kind().name());
    row.put(
        "context",
        (page.parentName() == null ? kind : labels.text("unit.kindIn", kind, page.parentName()))
            + " · "
            + page.code());
    row.put(
        "status",
        labels.text(
            "unit.status",
            quarter,
            last.status() == null
                ? labels.text("unit.noPlan")
                : labels.text("status." + last.status().name())));
    row.put("quarter", quarter);
    row.put("quarters", page.quarters().stream().map(WorkforcePackPdf::quarter).toList());
    row.put("bridge", page.bridge().stream().map(WorkforcePackPdf::bridge).toList());
    List<Map<String, Object>> seats = new ArrayList<>();
    for (UnitPage.SeatRow seat : page.seats()) {
      seats.add(
          fields(
              "blueprint", seat.blueprint(),
              "level", level(seat.level()),
              "plannedFte", seat.plannedFte(),
              "actualFte", seat.actualFte(),
              "openFte", seat.openFte(),
              "gapFte", seat.gapFte(),
              "plannedCost", seat.plannedCost()));
    }
    row.put("seats", seats);
    return row;
  }

  static String level(Level level) {
    return level == null ? "NONE" : level.name();
  }

  static String status(PlanStatus status) {
    return status == null ? "NONE" : status.name();
  }

  /** A row of fields from names and values, in order; values may be null. */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
