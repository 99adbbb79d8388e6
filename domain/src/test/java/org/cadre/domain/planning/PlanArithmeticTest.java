package org.cadre.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgTree;
import org.junit.jupiter.api.Test;

/**
 * The numbers of headcount planning on a hand-built organisation: DIV > DEPT > TEAM-A and TEAM-B,
 * with an engineer blueprint (1, senior) and an analyst blueprint (2, mid-level), on 15 February
 * 2027 (in 2027-Q1).
 */
class PlanArithmeticTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
  private static final Quarter PAST = new Quarter(2026, 4);
  private static final Quarter Q1 = new Quarter(2027, 1);
  private static final Quarter Q2 = new Quarter(2027, 2);
  private static final Quarter Q3 = new Quarter(2027, 3);
  private static final long ENGINEER = 1;
  private static final long ANALYST = 2;

  private static final OrgTree TREE =
      new OrgTree(map("DIV", null, "DEPT", "DIV", "TEAM-A", "DEPT", "TEAM-B", "DEPT"));

  private static final List<Incumbent> PEOPLE =
      List.of(
          // full time, for years
          engineer("TEAM-A", "1", null, null),
          // part time
          engineer("TEAM-A", "0.5", "2021-05-01", null),
          // leaves in the middle of 2027-Q1
          engineer("TEAM-A", "1", "2019-01-01", "2027-03-10"),
          // leaves on the last day of 2027-Q2
          new Incumbent("TEAM-B", ANALYST, Level.MID, fte("0.8"), null, date("2027-06-30")),
          // moved from TEAM-A to TEAM-B: counted where they are now
          engineer("TEAM-B", "1", "2018-03-01", null),
          // hired from 1 April: not in post today
          engineer("TEAM-A", "1", "2027-04-01", null));

  @Test
  void actualCountsPeopleInPostAtTheEndOfAPastQuarter() {
    Map<SeatKey, BigDecimal> actual = Actuals.of(PEOPLE, PAST, TODAY);

    assertThat(actual.get(seat("TEAM-A", ENGINEER))).isEqualByComparingTo("2.5");
    assertThat(actual.get(seat("TEAM-B", ENGINEER))).isEqualByComparingTo("1");
    assertThat(actual.get(new SeatKey("TEAM-B", ANALYST, Level.MID))).isEqualByComparingTo("0.8");
  }

  @Test
  void actualLeavesOutWhoLeavesBeforeTheQuarterEndsAndWhoIsNotHiredYet() {
    Map<SeatKey, BigDecimal> q1 = Actuals.of(PEOPLE, Q1, TODAY);
    Map<SeatKey, BigDecimal> q2 = Actuals.of(PEOPLE, Q2, TODAY);
    Map<SeatKey, BigDecimal> q3 = Actuals.of(PEOPLE, Q3, TODAY);

    assertThat(q1.get(seat("TEAM-A", ENGINEER))).isEqualByComparingTo("1.5");
    assertThat(q2.get(seat("TEAM-A", ENGINEER))).isEqualByComparingTo("1.5");
    assertThat(q2.get(new SeatKey("TEAM-B", ANALYST, Level.MID))).isEqualByComparingTo("0.8");
    assertThat(q3.get(new SeatKey("TEAM-B", ANALYST, Level.MID))).isNull();
    assertThat(q3.get(seat("TEAM-B", ENGINEER))).isEqualByComparingTo("1");
  }

  @Test
  void gapIsPlannedMinusActualMinusOpenAndCostUsesTheTableUnlessTheLineSaysOtherwise() {
    QuarterFigures figures = q1Figures();

    SeatFigures engineers = figures.seats("TEAM-A").get(seat("TEAM-A", ENGINEER));
    assertThat(engineers.plannedFte()).isEqualByComparingTo("3");
    assertThat(engineers.actualFte()).isEqualByComparingTo("1.5");
    assertThat(engineers.openFte()).isEqualByComparingTo("1");
    assertThat(engineers.gap()).isEqualByComparingTo("0.5");
    assertThat(engineers.annualCost()).isEqualByComparingTo("300000.00");

    SeatFigures analysts = figures.seats("TEAM-B").get(new SeatKey("TEAM-B", ANALYST, Level.MID));
    assertThat(analysts.annualCost()).isEqualByComparingTo("120000.00");
    assertThat(analysts.gap()).isEqualByComparingTo("0.7");
  }

  @Test
  void peopleWithoutAPlanLineShowAsANegativeGap() {
    SeatFigures unplanned = q1Figures().seats("TEAM-B").get(seat("TEAM-B", ENGINEER));

    assertThat(unplanned.plannedFte()).isEqualByComparingTo("0");
    assertThat(unplanned.actualFte()).isEqualByComparingTo("1");
    assertThat(unplanned.gap()).isEqualByComparingTo("-1");
    assertThat(unplanned.annualCost()).isEqualByComparingTo("0");
  }

  @Test
  void rollUpSumsTheSubtreeByBlueprintAndLevel() {
    RollUp rollUp = new RollUp(TREE, q1Figures(), budgets());

    Map<SeatKey, SeatFigures> department = rollUp.seats("DEPT");
    SeatFigures engineers = department.get(seat("DEPT", ENGINEER));
    assertThat(engineers.plannedFte()).isEqualByComparingTo("3");
    assertThat(engineers.actualFte()).isEqualByComparingTo("2.5");
    assertThat(engineers.gap()).isEqualByComparingTo("-0.5");
    assertThat(department.get(new SeatKey("DEPT", ANALYST, Level.MID)).plannedFte())
        .isEqualByComparingTo("1.5");

    SeatFigures division = rollUp.total("DIV");
    assertThat(division.plannedFte()).isEqualByComparingTo("4.5");
    assertThat(division.actualFte()).isEqualByComparingTo("3.3");
    assertThat(division.openFte()).isEqualByComparingTo("1");
    assertThat(division.gap()).isEqualByComparingTo("0.2");
    assertThat(division.annualCost()).isEqualByComparingTo("420000.00");
    assertThat(rollUp.total("TEAM-A").annualCost()).isEqualByComparingTo("300000.00");
  }

  @Test
  void aUnitsBudgetIsItsOwnElseTheSumOfTheBudgetsBelowIt() {
    RollUp rollUp = new RollUp(TREE, q1Figures(), budgets());

    assertThat(rollUp.budget("TEAM-A")).contains(new BigDecimal("250000"));
    assertThat(rollUp.budget("DEPT")).contains(new BigDecimal("400000"));
    assertThat(rollUp.budget("DIV")).contains(new BigDecimal("1000000"));
    assertThat(new RollUp(TREE, q1Figures(), Map.of()).budget("DIV")).isEmpty();
  }

  @Test
  void costIsPlannedFteTimesTheRateInCents() {
    assertThat(Figures.cost(fte("2.5"), new BigDecimal("81234.57")))
        .isEqualByComparingTo("203086.43");
    CostTable table =
        new CostTable(
            List.of(
                new CostRate(ENGINEER, null, new BigDecimal("90000")),
                new CostRate(ENGINEER, Level.SENIOR, new BigDecimal("100000"))));
    assertThat(table.rate(ENGINEER, Level.SENIOR)).contains(new BigDecimal("100000.00"));
    assertThat(table.rate(ENGINEER, Level.JUNIOR)).contains(new BigDecimal("90000.00"));
    assertThat(table.rate(ANALYST, Level.MID)).isEmpty();
  }

  private static QuarterFigures q1Figures() {
    CostTable costs =
        new CostTable(List.of(new CostRate(ENGINEER, Level.SENIOR, new BigDecimal("100000"))));
    List<PlannedLine> lines =
        List.of(
            new PlannedLine(
                "TEAM-A", Q1, new PlanLineRecord(ENGINEER, Level.SENIOR, fte("3"), null, null)),
            new PlannedLine(
                "TEAM-B",
                Q1,
                new PlanLineRecord(ANALYST, Level.MID, fte("1.5"), new BigDecimal("80000"), null)),
            // another quarter's line is not counted
            new PlannedLine(
                "TEAM-A", Q2, new PlanLineRecord(ENGINEER, Level.SENIOR, fte("9"), null, null)));
    Map<SeatKey, BigDecimal> open = Map.of(seat("TEAM-A", ENGINEER), BigDecimal.ONE);
    return QuarterFigures.of(Q1, lines, Actuals.of(PEOPLE, Q1, TODAY), open, costs);
  }

  private static Map<String, BigDecimal> budgets() {
    return Map.of(
        "TEAM-A", new BigDecimal("250000"),
        "TEAM-B", new BigDecimal("150000"),
        "DIV", new BigDecimal("1000000"));
  }

  private static Incumbent engineer(String unit, String fte, String hired, String ends) {
    return new Incumbent(
        unit,
        ENGINEER,
        Level.SENIOR,
        fte(fte),
        hired == null ? null : date(hired),
        ends == null ? null : date(ends));
  }

  private static SeatKey seat(String unit, long blueprint) {
    return new SeatKey(unit, blueprint, Level.SENIOR);
  }

  private static BigDecimal fte(String value) {
    return new BigDecimal(value);
  }

  private static LocalDate date(String value) {
    return LocalDate.parse(value);
  }

  private static Map<String, String> map(String... pairs) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
