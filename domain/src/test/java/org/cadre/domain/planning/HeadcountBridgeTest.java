package org.cadre.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.people.Tenure;
import org.junit.jupiter.api.Test;

/** The headcount bridge on a hand-built organisation: DIV > A > (A1, A2), and DIV > B. */
class HeadcountBridgeTest {

  private static final Quarter Q1 = new Quarter(2027, 1);

  private static final OrgTree TREE = tree();

  private static OrgTree tree() {
    Map<String, String> parents = new LinkedHashMap<>();
    parents.put("DIV", null);
    parents.put("A", "DIV");
    parents.put("B", "DIV");
    parents.put("A1", "A");
    parents.put("A2", "A");
    return new OrgTree(parents);
  }

  private static Tenure person(String number, String unit, String fte, String hired, String last) {
    return new Tenure(
        number,
        unit,
        new BigDecimal(fte),
        hired == null ? null : LocalDate.parse(hired),
        last == null ? null : LocalDate.parse(last));
  }

  private static EmployeeMove move(String number, String from, String to, String on) {
    return new EmployeeMove(number, from, to, LocalDate.parse(on));
  }

  private static final List<Tenure> PEOPLE =
      List.of(
          person("p1", "A1", "1", "2020-01-06", null),
          person("p2", "A1", "0.5", "2027-02-10", null),
          person("p3", "A2", "1", "2021-03-01", "2027-03-15"),
          person("p4", "A2", "1", "2019-05-01", null),
          person("p5", "B", "0.8", "2018-01-01", null),
          person("p6", "A1", "1", "2022-09-01", "2027-03-31"),
          person("p7", "A1", "1", "2027-04-05", null),
          person("p8", "B", "1", null, null));

  private static final List<EmployeeMove> MOVES =
      List.of(
          move("p5", "A2", "B", "2027-03-01"),
          move("p4", "A1", "A2", "2027-02-01"),
          move("p8", "A1", "B", "2026-12-15"));

  private static final Map<String, BridgeFigures> Q1_FIGURES =
      new HeadcountBridge(TREE, PEOPLE, MOVES).quarter(Q1);

  @Test
  void aTeamCountsItsHiresLeaversAndMovesAcrossItsBoundary() {
    assertThat(Q1_FIGURES.get("A1"))
        .isEqualTo(new BridgeFigures(3, 1, 1, 0, 1, 2, new BigDecimal("1.5")));
    assertThat(Q1_FIGURES.get("A2"))
        .isEqualTo(new BridgeFigures(2, 0, 1, 1, 1, 1, new BigDecimal("1")));
    assertThat(Q1_FIGURES.get("B"))
        .isEqualTo(new BridgeFigures(1, 0, 0, 1, 0, 2, new BigDecimal("1.8")));
  }

  @Test
  void aMoveBetweenTwoUnitsOfASubtreeIsNoMoveForIt() {
    assertThat(Q1_FIGURES.get("A"))
        .isEqualTo(new BridgeFigures(5, 1, 2, 0, 1, 3, new BigDecimal("2.5")));
    assertThat(Q1_FIGURES.get("DIV"))
        .isEqualTo(new BridgeFigures(6, 1, 2, 0, 0, 5, new BigDecimal("4.3")));
  }

  @Test
  void someoneWhoseLastDayEndsTheQuarterLeavesInItAndAHireToComeCountsInItsQuarter() {
    Map<String, BridgeFigures> q2 = new HeadcountBridge(TREE, PEOPLE, MOVES).quarter(Q1.next());

    assertThat(q2.get("A1").opening()).isEqualTo(Q1_FIGURES.get("A1").closing());
    assertThat(q2.get("A1").hires()).isEqualTo(1);
    assertThat(q2.get("A1").leavers()).isZero();
  }

  @Test
  void everyUnitsBridgeAddsUpAndEachQuarterOpensWhereTheLastClosed() {
    Random random = new Random(7);
    String[] units = {"A1", "A2", "B", "A", "DIV"};
    String[] teams = {"A1", "A2", "B"};
    List<Tenure> people = new ArrayList<>();
    List<EmployeeMove> moves = new ArrayList<>();
    LocalDate base = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < 300; i++) {
      LocalDate hired = base.plusDays(random.nextInt(700));
      LocalDate last = random.nextInt(4) == 0 ? hired.plusDays(random.nextInt(400)) : null;
      String unit = teams[random.nextInt(teams.length)];
      String number = "r" + i;
      people.add(new Tenure(number, unit, BigDecimal.ONE, hired, last));
      LocalDate when = hired.plusDays(1 + random.nextInt(200));
      if (random.nextBoolean() && (last == null || when.isBefore(last))) {
        String from = teams[random.nextInt(teams.length)];
        if (!from.equals(unit)) {
          moves.add(new EmployeeMove(number, from, unit, when));
        }
      }
    }
    HeadcountBridge bridge = new HeadcountBridge(TREE, people, moves);
    Map<String, Integer> closedBefore = new LinkedHashMap<>();
    for (Quarter quarter : Quarter.range(new Quarter(2026, 1), new Quarter(2028, 2))) {
      Map<String, BridgeFigures> figures = bridge.quarter(quarter);
      for (String unit : units) {
        BridgeFigures f = figures.getOrDefault(unit, BridgeFigures.NONE);
        assertThat(f.opening() + f.hires() - f.leavers() + f.movesIn() - f.movesOut())
            .as(unit + " " + quarter)
            .isEqualTo(f.closing());
        assertThat(f.opening())
            .as(unit + " opens " + quarter)
            .isEqualTo(closedBefore.getOrDefault(unit, 0));
        closedBefore.put(unit, f.closing());
      }
    }
    assertThat(closedBefore.get("DIV")).isPositive();
  }
}
