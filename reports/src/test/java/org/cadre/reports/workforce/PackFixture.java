package org.cadre.reports.workforce;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.planning.BridgeFigures;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.reporting.UnitDetail;

/**
 * A pack of a made-up organisation: {@code departments} departments of three teams each under two
 * divisions, four quarters, a scenario, hiring and skills, with every kind of row the templates
 * print (long names that wrap, seats without a level, a unit without a plan).
 */
final class PackFixture {

  static final List<String> QUARTERS = List.of("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");

  private PackFixture() {}

  static PackFigures figures(double planned, double actual, double open, double rate) {
    double gap = planned - actual - open;
    return new PackFigures(
        fte(planned),
        fte(actual),
        fte(open),
        fte(gap),
        money(planned * rate),
        money(actual * rate),
        money(open * rate),
        money(gap * rate),
        money(planned * rate * 1.04));
  }

  /** The figures of units side by side, summed, as the pack's total is of its groups. */
  static PackFigures sum(List<PackFigures> parts) {
    BigDecimal[] sums = new BigDecimal[9];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (PackFigures f : parts) {
      BigDecimal[] values = {
        f.plannedFte(),
        f.actualFte(),
        f.openFte(),
        f.gapFte(),
        f.plannedCost(),
        f.actualCost(),
        f.openCost(),
        f.gapCost(),
        f.budget()
      };
      for (int i = 0; i < values.length; i++) {
        sums[i] = sums[i].add(values[i]);
      }
    }
    return new PackFigures(
        sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8]);
  }

  static BigDecimal fte(double value) {
    return BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP);
  }

  static BigDecimal money(double value) {
    return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  static WorkforcePack pack(int departments, UnitDetail detail) {
    List<UnitPage> pages = new ArrayList<>();
    List<UnitRow> rows = new ArrayList<>();
    List<UnitRow> chart = new ArrayList<>();
    List<MixCell> mix = new ArrayList<>();
    List<PackLineage.PlanVersion> plans = new ArrayList<>();
    String[] divisions = {"Engineering", "Operations and Customer Experience Across Every Region"};
    for (int d = 0; d < divisions.length; d++) {
      String division = divisions[d];
      String divisionCode = "DIV" + d;
      double divisionPlanned = 0;
      pages.add(page(divisionCode, division, OrgUnitKind.DIVISION, 1, "Acme", 60 * departments));
      for (int i = 0; i < departments / 2 + (d == 0 ? departments % 2 : 0); i++) {
        String code = divisionCode + "-D" + i;
        String name = i == 0 ? "Platform" : "Department " + i + " of " + division;
        double planned = 30 + i;
        divisionPlanned += planned;
        rows.add(
            new UnitRow(
                code,
                name,
                OrgUnitKind.DEPARTMENT,
                1,
                division,
                UnitRow.Line.UNIT,
                figures(planned, planned - 2, 1, 90_000)));
        pages.add(page(code, name, OrgUnitKind.DEPARTMENT, 2, division, planned));
        for (int t = 0; t < 3; t++) {
          String team = code + "-T" + t;
          String teamName =
              t == 2
                  ? "Customer Support Escalations and Enterprise Onboarding Specialists " + i
                  : "Team " + t + " of " + name;
          if (detail == UnitDetail.TEAMS) {
            rows.add(
                new UnitRow(
                    team,
                    teamName,
                    OrgUnitKind.TEAM,
                    2,
                    division,
                    UnitRow.Line.UNIT,
                    figures(10, 9, 0.5, 90_000)));
            pages.add(page(team, teamName, OrgUnitKind.TEAM, 3, name, 10));
          }
          for (String quarter : QUARTERS) {
            plans.add(
                new PackLineage.PlanVersion(
                    team,
                    teamName,
                    quarter,
                    1 + t % 2,
                    t == 1 ? PlanStatus.DRAFT : PlanStatus.APPROVED));
          }
        }
      }
      PackFigures total = figures(divisionPlanned, divisionPlanned - 5, 3, 92_000);
      rows.add(
          new UnitRow(
              divisionCode,
              division,
              OrgUnitKind.DIVISION,
              0,
              division,
              UnitRow.Line.SUBTOTAL,
              total));
      chart.add(
          new UnitRow(
              divisionCode, division, OrgUnitKind.DIVISION, 0, division, UnitRow.Line.UNIT, total));
      for (Level level : List.of(Level.MID, Level.SENIOR, Level.LEAD)) {
        mix.add(new MixCell(division, "Software Engineer", level, fte(12 + d), fte(11)));
        mix.add(new MixCell(division, "Customer Support Specialist", level, fte(4), fte(4)));
      }
      mix.add(new MixCell(division, "Head of Everything", null, fte(1), fte(1)));
    }
    rows.add(
        new UnitRow(
            "ACME",
            "Acme",
            OrgUnitKind.DIVISION,
            0,
            null,
            UnitRow.Line.TOTAL,
            sum(chart.stream().map(UnitRow::figures).toList())));
    List<QuarterTotals> trend = new ArrayList<>();
    List<BridgeRow> bridge = new ArrayList<>();
    for (int q = 0; q < QUARTERS.size(); q++) {
      trend.add(
          new QuarterTotals(
              QUARTERS.get(q), figures(400 + 10 * q, 390 + 6 * q, 4 + q, 91_000), null));
      bridge.add(
          new BridgeRow(
              QUARTERS.get(q),
              q >= 2,
              new BridgeFigures(380 + 6 * q, 12, 5, 3, 4, 386 + 6 * q, fte(380.4 + 6 * q)),
              fte(400 + 10 * q)));
    }
    PackSummary summary =
        new PackSummary(
            "2027-Q4",
            figures(430, 408, 7, 91_000),
            41,
            17,
            List.of(
                new GapRow(
                    "Customer Support Escalations and Enterprise Onboarding Specialists 1",
                    "Customer Support Specialist",
                    Level.ASSOCIATE,
                    fte(4),
                    money(176_000)),
                new GapRow(
                    "Platform", "Site Reliability Engineer", Level.MID, fte(2.5), money(200_000)),
                new GapRow(
                    "Data Science", "Principal Data Scientist", null, fte(1), money(142_000))),
            List.of(
                new SkillsSection.RiskRow(
                    "Site Reliability", "Incident command", 1, SkillsSection.Risk.SINGLE_HOLDER),
                new SkillsSection.RiskRow(
                    "Talent", "Employment law", 0, SkillsSection.Risk.NO_HOLDER)));
    ScenarioSection scenario =
        new ScenarioSection(
            "platform-growth",
            List.of(
                new ScenarioSection.Row(
                    "2027-Q2",
                    "Site Reliability",
                    "Site Reliability Engineer",
                    Level.MID,
                    fte(5),
                    fte(7),
                    fte(2),
                    money(400_000),
                    money(560_000),
                    money(160_000)),
                new ScenarioSection.Row(
                    "2027-Q3",
                    "Cloud Infrastructure",
                    "Lead Platform Engineer",
                    Level.LEAD,
                    fte(3),
                    fte(2),
                    fte(-1),
                    money(330_000),
                    money(220_000),
                    money(-110_000))),
            fte(1),
            money(50_000));
    HiringSection hiring =
        new HiringSection(
            "2027-01-01",
            "2027-01-15",
            List.of(
                new HiringSection.FunnelStage("Sourced", 140),
                new HiringSection.FunnelStage("Screen", 64),
                new HiringSection.FunnelStage("Interview", 28),
                new HiringSection.FunnelStage("Offer", 9),
                new HiringSection.FunnelStage("Hired", 7)),
            7,
            new BigDecimal("41"),
            7,
            2,
            List.of(
                new HiringSection.AgeBand(0, 29, 3, new BigDecimal("2.5")),
                new HiringSection.AgeBand(30, 59, 2, new BigDecimal("2")),
                new HiringSection.AgeBand(60, 89, 0, BigDecimal.ZERO),
                new HiringSection.AgeBand(90, null, 1, new BigDecimal("0.5"))));
    SkillsSection skills =
        new SkillsSection(
            List.of(
                new SkillsSection.CoverageRow("Incident command", 12, 7),
                new SkillsSection.CoverageRow("Service level objectives", 9, 8)),
            List.of(
                new SkillsSection.RiskRow(
                    "Site Reliability", "Incident command", 1, SkillsSection.Risk.SINGLE_HOLDER)),
            List.of(
                new SkillsSection.UnitGapRow(
                    "Platform Security", new BigDecimal("14.5"), "Threat modelling")),
            List.of(
                new SkillsSection.CandidateRow(
                    "Ana Costa",
                    "Site Reliability Engineer",
                    "Staff Site Reliability Engineer",
                    Level.STAFF,
                    "Site Reliability",
                    new BigDecimal("0.82"))));
    PackCover cover =
        new PackCover(
            "ACME",
            "Acme",
            "2027-Q1",
            "2027-Q4",
            "platform-growth",
            detail,
            ZonedDateTime.of(2027, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC),
            "leader",
            (int) plans.stream().filter(p -> p.status() == PlanStatus.APPROVED).count(),
            (int) plans.stream().filter(p -> p.status() != PlanStatus.APPROVED).count(),
            3);
    PackLineage lineage =
        new PackLineage(
            plans,
            List.of(
                new PackLineage.Revision("Software Engineer", 1, BlueprintStatus.PUBLISHED),
                new PackLineage.Revision(
                    "Customer Support Specialist", 2, BlueprintStatus.PUBLISHED),
                new PackLineage.Revision("Head of Everything", 1, BlueprintStatus.DRAFT)));
    return new WorkforcePack(
        cover, summary, bridge, rows, chart, trend, mix, scenario, hiring, skills, pages, lineage);
  }

  /** The pack with another scenario section. */
  static WorkforcePack withScenario(WorkforcePack pack, ScenarioSection scenario) {
    return new WorkforcePack(
        pack.cover(),
        pack.summary(),
        pack.bridge(),
        pack.units(),
        pack.chartUnits(),
        pack.trend(),
        pack.mix(),
        scenario,
        pack.hiring(),
        pack.skills(),
        pack.unitPages(),
        pack.lineage());
  }

  /** The pack with other lines in its headcount and cost table. */
  static WorkforcePack withUnits(WorkforcePack pack, List<UnitRow> units) {
    return new WorkforcePack(
        pack.cover(),
        pack.summary(),
        pack.bridge(),
        units,
        pack.chartUnits(),
        pack.trend(),
        pack.mix(),
        pack.scenario(),
        pack.hiring(),
        pack.skills(),
        pack.unitPages(),
        pack.lineage());
  }

  /** The pack with another hiring section. */
  static WorkforcePack withHiring(WorkforcePack pack, HiringSection hiring) {
    return new WorkforcePack(
        pack.cover(),
        pack.summary(),
        pack.bridge(),
        pack.units(),
        pack.chartUnits(),
        pack.trend(),
        pack.mix(),
        pack.scenario(),
        hiring,
        pack.skills(),
        pack.unitPages(),
        pack.lineage());
  }

  /** The pack with another trend. */
  static WorkforcePack withTrend(WorkforcePack pack, List<QuarterTotals> trend) {
    return new WorkforcePack(
        pack.cover(),
        pack.summary(),
        pack.bridge(),
        pack.units(),
        pack.chartUnits(),
        trend,
        pack.mix(),
        pack.scenario(),
        pack.hiring(),
        pack.skills(),
        pack.unitPages(),
        pack.lineage());
  }

  /** The pack of the baseline, without the hiring and skills sections. */
  static WorkforcePack headcountOnly(WorkforcePack pack) {
    return new WorkforcePack(
        pack.cover(),
        new PackSummary(
            pack.summary().quarter(),
            pack.summary().figures(),
            pack.summary().hires(),
            pack.summary().leavers(),
            pack.summary().largestGaps(),
            List.of()),
        pack.bridge(),
        pack.units(),
        pack.chartUnits(),
        pack.trend(),
        pack.mix(),
        null,
        null,
        null,
        pack.unitPages(),
        pack.lineage());
  }

  private static UnitPage page(
      String code, String name, OrgUnitKind kind, int depth, String parent, double planned) {
    List<QuarterTotals> quarters = new ArrayList<>();
    List<BridgeRow> bridge = new ArrayList<>();
    for (int q = 0; q < QUARTERS.size(); q++) {
      quarters.add(
          new QuarterTotals(
              QUARTERS.get(q),
              figures(planned + q, planned - 1, 0.5, 88_000),
              q == 3 && kind == OrgUnitKind.DIVISION ? null : PlanStatus.values()[q % 3]));
      bridge.add(
          new BridgeRow(
              QUARTERS.get(q),
              q >= 2,
              new BridgeFigures(20, 2, 1, 1, 0, 22, fte(21.4)),
              fte(planned + q)));
    }
    List<UnitPage.SeatRow> seats = new ArrayList<>();
    for (Level level : List.of(Level.MID, Level.SENIOR, Level.LEAD, Level.MANAGER)) {
      seats.add(
          new UnitPage.SeatRow(
              "Software Engineer", level, fte(3), fte(2.8), fte(0), fte(0.2), money(270_000)));
    }
    seats.add(
        new UnitPage.SeatRow(
            "Customer Support Escalations Specialist with a very long blueprint title indeed",
            null,
            fte(1),
            fte(1),
            fte(0),
            fte(0),
            money(60_000)));
    return new UnitPage(code, name, kind, depth, parent, quarters, bridge, seats);
  }
}
