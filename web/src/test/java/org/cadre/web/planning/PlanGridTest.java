package org.cadre.web.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.planning.HeadcountView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanLineView;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.QuarterHeadcountView;
import org.cadre.services.planning.SeatView;
import org.cadre.services.planning.UnitHeadcountView;
import org.junit.jupiter.api.Test;

class PlanGridTest {

  private static final String Q1 = "2027-Q1";
  private static final String Q2 = "2027-Q2";
  private static final long BACKEND = 7;
  private static final long ANALYST = 9;
  private static final PlanTotals NO_TOTALS =
      new PlanTotals(
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          null);

  /** A planned line; a cost of null comes from the cost table (90,000). */
  private static PlanLineView line(
      long blueprint, String level, String fte, String ownCost, String justification) {
    return new PlanLineView(
        List.of(),
        blueprint,
        blueprint == BACKEND ? "Backend Engineer" : "Data Analyst",
        level,
        level == null ? null : level.charAt(0) + level.substring(1).toLowerCase(),
        new BigDecimal(fte),
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal(ownCost == null ? "90000" : ownCost),
        ownCost == null,
        justification,
        true);
  }

  /** A seat with people in post but no line in the plan. */
  private static PlanLineView unplanned(long blueprint, String level) {
    return new PlanLineView(
        List.of(),
        blueprint,
        blueprint == BACKEND ? "Backend Engineer" : "Data Analyst",
        level,
        level.charAt(0) + level.substring(1).toLowerCase(),
        BigDecimal.ZERO,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ONE.negate(),
        BigDecimal.ZERO,
        null,
        true,
        null,
        false);
  }

  private static PlanView plan(String period, Long id, PlanLineView... lines) {
    return new PlanView(
        id,
        "TEAM",
        "Team",
        period,
        "baseline",
        id == null ? "NONE" : "DRAFT",
        id == null ? "No plan yet" : "Draft",
        id == null ? 0 : 1,
        id == null ? 0 : 3,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(lines),
        NO_TOTALS,
        true,
        id != null,
        false);
  }

  private static HeadcountView rollUp(List<String> periods, String... children) {
    List<QuarterHeadcountView> quarters =
        periods.stream()
            .map(
                period -> {
                  List<UnitHeadcountView> units = new java.util.ArrayList<>();
                  units.add(unit("TEAM", period));
                  for (String child : children) {
                    units.add(unit(child, period));
                  }
                  return new QuarterHeadcountView(period, NO_TOTALS, List.of(), units);
                })
            .toList();
    return new HeadcountView("TEAM", "Team", "baseline", quarters);
  }

  private static UnitHeadcountView unit(String code, String period) {
    return new UnitHeadcountView(
        code, code + " " + period, "Team", "TEAM", 1, false, null, "NONE", "No plan", NO_TOTALS);
  }

  private static PlanGrid grid() {
    return new PlanGrid(
        List.of(
            plan(
                Q1,
                1L,
                line(BACKEND, "SENIOR", "2.000", null, "growth"),
                unplanned(BACKEND, "LEAD")),
            plan(
                Q2,
                2L,
                line(BACKEND, "SENIOR", "1.50", "120000", null),
                line(ANALYST, null, "1", null, null))),
        rollUp(List.of(Q1, Q2)));
  }

  @Test
  void oneRowPerSeatAcrossTheQuartersByTitleThenLevelWithPlannedFteAsPeopleWriteIt() {
    PlanGrid grid = grid();

    assertThat(grid.periods()).containsExactly(Q1, Q2);
    assertThat(grid.rows())
        .extracting(PlanGrid.Row::label)
        .containsExactly("Backend Engineer (Lead)", "Backend Engineer (Senior)", "Data Analyst");
    PlanGrid.Row senior = grid.rows().get(1);
    assertThat(senior.getCells()).containsOnlyKeys(Q1, Q2);
    assertThat(senior.getPlanned().get(Q1)).hasToString("2");
    assertThat(senior.getPlanned().get(Q2)).hasToString("1.5");
    PlanGrid.Row lead = grid.rows().get(0);
    assertThat(lead.getCells()).containsOnlyKeys(Q1);
    assertThat(lead.getPlanned()).containsEntry(Q1, null);
    assertThat(grid.rows().get(2).getCells()).containsOnlyKeys(Q2);
  }

  @Test
  void aTypedCellChangesItsSeatsLineKeepingTheOthersAndTheirOwnCosts() {
    PlanGrid grid = grid();
    PlanGrid.Row senior = grid.rows().get(1);
    senior.getPlanned().put(Q2, new BigDecimal("3"));

    assertThat(grid.withPlanned(senior, Q2))
        .containsExactly(
            new PlanLineInput(
                BACKEND, "SENIOR", new BigDecimal("3"), new BigDecimal("120000"), null),
            new PlanLineInput(ANALYST, null, BigDecimal.ONE, null, null));
  }

  @Test
  void aTypedCellOfASeatWithoutALineAddsOneAndSendsNoSeatWithoutALine() {
    PlanGrid grid = grid();
    PlanGrid.Row lead = grid.rows().get(0);
    lead.getPlanned().put(Q1, new BigDecimal("0.5"));

    assertThat(grid.withPlanned(lead, Q1))
        .containsExactly(
            new PlanLineInput(BACKEND, "SENIOR", new BigDecimal("2.000"), null, "growth"),
            new PlanLineInput(BACKEND, "LEAD", new BigDecimal("0.5"), null, null));
  }

  @Test
  void removingASeatSendsTheOtherLinesAndAddingOneSendsAllOfThem() {
    PlanGrid grid = grid();
    PlanLineInput added = new PlanLineInput(ANALYST, "MID", BigDecimal.TEN, null, null);

    assertThat(grid.without(grid.rows().get(1), Q2))
        .containsExactly(new PlanLineInput(ANALYST, null, BigDecimal.ONE, null, null));
    assertThat(grid.with(Q1, added))
        .containsExactly(
            new PlanLineInput(BACKEND, "SENIOR", new BigDecimal("2.000"), null, "growth"), added);
  }

  @Test
  void theUnitsBelowHaveARowEachWithTheirFiguresByQuarter() {
    PlanGrid grid =
        new PlanGrid(
            List.of(plan(Q1, null), plan(Q2, null)), rollUp(List.of(Q1, Q2), "SRE", "SEC"));

    assertThat(grid.units()).extracting(PlanGrid.UnitRow::getCode).containsExactly("SRE", "SEC");
    assertThat(grid.units().get(0).getQuarters()).containsOnlyKeys(Q1, Q2);
    assertThat(grid.units().get(0).getQuarters().get(Q2).name()).isEqualTo("SRE " + Q2);
    assertThat(grid.rows()).isEmpty();
    assertThat(grid.plan(Q1).id()).isNull();
  }

  private static HeadcountView rolledUp(String... children) {
    List<QuarterHeadcountView> quarters = new java.util.ArrayList<>();
    for (String period : List.of(Q1, Q2)) {
      List<UnitHeadcountView> units = new java.util.ArrayList<>();
      units.add(unit("TEAM", period));
      for (String child : children) {
        units.add(unit(child, period));
      }
      BigDecimal planned = period.equals(Q1) ? new BigDecimal("12") : new BigDecimal("14");
      quarters.add(
          new QuarterHeadcountView(
              period,
              new PlanTotals(
                  planned,
                  BigDecimal.TEN,
                  BigDecimal.ZERO,
                  planned.subtract(BigDecimal.TEN),
                  new BigDecimal("1080000.00"),
                  null),
              List.of(
                  new SeatView(
                      BACKEND,
                      "Backend Engineer",
                      "SENIOR",
                      "Senior",
                      planned,
                      BigDecimal.TEN,
                      BigDecimal.ZERO,
                      planned.subtract(BigDecimal.TEN),
                      new BigDecimal("1080000.00"))),
              units));
    }
    return new HeadcountView("TEAM", "Team", "baseline", quarters);
  }

  @Test
  void aUnitWithUnitsBelowAndNoPlanOfItsOwnShowsItsSubtreeRolledUpReadOnly() {
    PlanGrid grid = new PlanGrid(List.of(plan(Q1, null), plan(Q2, null)), rolledUp("SRE", "SEC"));

    assertThat(grid.rolledUp()).isTrue();
    assertThat(grid.rows()).extracting(PlanGrid.Row::getTitle).containsExactly("Backend Engineer");
    PlanLineView q2 = grid.rows().get(0).getCells().get(Q2);
    assertThat(q2.plannedFte()).isEqualByComparingTo("14");
    assertThat(q2.actualFte()).isEqualByComparingTo("10");
    assertThat(q2.planned()).as("read only: not a line of a plan").isFalse();
    assertThat(grid.totals(Q1).plannedFte()).isEqualByComparingTo("12");
    assertThat(grid.units()).extracting(PlanGrid.UnitRow::getCode).containsExactly("SRE", "SEC");
  }

  @Test
  void aUnitWithAPlanOfItsOwnInAnyQuarterShowsItsOwnLines() {
    PlanGrid withPlan =
        new PlanGrid(
            List.of(plan(Q1, 1L, line(ANALYST, null, "1", null, null)), plan(Q2, null)),
            rolledUp("SRE"));
    PlanGrid team = new PlanGrid(List.of(plan(Q1, null), plan(Q2, null)), rolledUp());

    assertThat(withPlan.rolledUp()).isFalse();
    assertThat(withPlan.rows()).extracting(PlanGrid.Row::getTitle).containsExactly("Data Analyst");
    assertThat(withPlan.totals(Q1)).isSameAs(withPlan.plan(Q1).totals());
    assertThat(team.rolledUp()).as("nothing below to roll up").isFalse();
    assertThat(team.rows()).isEmpty();
  }
}
