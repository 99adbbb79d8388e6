package org.cadre.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.people.Tenure;

/**
 * The headcount bridge of a quarter for every unit of the tree, each unit with the units below it:
 * people in post at the end of the day before the quarter (opening), hires, leavers, moves in and
 * out across the unit's boundary, and people in post at the end of its last day (closing). A
 * person's unit on a day gone by follows from their moves; moves inside a unit's subtree do not
 * count for it. Days to come count the hires and last days already known.
 */
public final class HeadcountBridge {

  private final Map<String, List<String>> ancestors = new HashMap<>();
  private final Collection<Tenure> people;
  private final Map<String, List<EmployeeMove>> moves = new HashMap<>();

  /**
   * @param moves the people's moves, in any order
   */
  public HeadcountBridge(OrgTree tree, Collection<Tenure> people, Collection<EmployeeMove> moves) {
    for (String root : tree.roots()) {
      addAncestors(tree, root, List.of());
    }
    this.people = people;
    for (EmployeeMove move : moves) {
      this.moves.computeIfAbsent(move.employeeNumber(), n -> new ArrayList<>()).add(move);
    }
    this.moves.values().forEach(list -> list.sort(Comparator.comparing(EmployeeMove::movedOn)));
  }

  private void addAncestors(OrgTree tree, String code, List<String> above) {
    List<String> chain = new ArrayList<>(above.size() + 1);
    chain.add(code);
    chain.addAll(above);
    ancestors.put(code, chain);
    for (String child : tree.children(code)) {
      addAncestors(tree, child, chain);
    }
  }

  /** Each unit's bridge for the quarter; units nobody passed through are left out. */
  public Map<String, BridgeFigures> quarter(Quarter quarter) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    LocalDate before = quarter.start().minusDays(1);
    for (Tenure person : people) {
      List<EmployeeMove> own = moves.getOrDefault(person.employeeNumber(), List.of());
      String state = unitAfter(person, own, before);
      for (String unit : chain(state)) {
        counts.computeIfAbsent(unit, u -> new Counts()).opening++;
      }
      for (LocalDate day : changeDays(person, own, quarter)) {
        String next = unitAfter(person, own, day);
        if (!Objects.equals(next, state)) {
          transition(counts, state, next);
          state = next;
        }
      }
      for (String unit : chain(state)) {
        Counts c = counts.computeIfAbsent(unit, u -> new Counts());
        c.closing++;
        c.closingFte = c.closingFte.add(person.fte());
      }
    }
    Map<String, BridgeFigures> figures = new LinkedHashMap<>();
    counts.forEach((unit, c) -> figures.put(unit, c.figures()));
    return figures;
  }

  /** Counts a change of a person's unit for the units one side has and the other has not. */
  private void transition(Map<String, Counts> counts, String from, String to) {
    List<String> left = chain(from);
    List<String> joined = chain(to);
    for (String unit : joined) {
      if (!left.contains(unit)) {
        Counts c = counts.computeIfAbsent(unit, u -> new Counts());
        if (from == null) {
          c.hires++;
        } else {
          c.movesIn++;
        }
      }
    }
    for (String unit : left) {
      if (!joined.contains(unit)) {
        Counts c = counts.computeIfAbsent(unit, u -> new Counts());
        if (to == null) {
          c.leavers++;
        } else {
          c.movesOut++;
        }
      }
    }
  }

  /** The unit and the units above it; none for null or a unit not in the tree. */
  private List<String> chain(String unit) {
    return unit == null ? List.of() : ancestors.getOrDefault(unit, List.of());
  }

  /** The days of the quarter on which the person's unit or being in post may change. */
  private static TreeSet<LocalDate> changeDays(
      Tenure person, List<EmployeeMove> moves, Quarter quarter) {
    TreeSet<LocalDate> days = new TreeSet<>();
    addIfIn(days, person.hireDate(), quarter);
    addIfIn(days, person.endDate(), quarter);
    moves.forEach(move -> addIfIn(days, move.movedOn(), quarter));
    return days;
  }

  private static void addIfIn(TreeSet<LocalDate> days, LocalDate day, Quarter quarter) {
    if (day != null && !day.isBefore(quarter.start()) && !day.isAfter(quarter.end())) {
      days.add(day);
    }
  }

  /** The unit the person belongs to at the end of the day, or null when not in post then. */
  private static String unitAfter(Tenure person, List<EmployeeMove> moves, LocalDate day) {
    if (!person.inPostAfter(day)) {
      return null;
    }
    String unit = moves.isEmpty() ? person.unitCode() : moves.get(0).fromUnit();
    for (EmployeeMove move : moves) {
      if (move.movedOn().isAfter(day)) {
        break;
      }
      unit = move.toUnit();
    }
    return unit;
  }

  /** A unit's running counts. */
  private static final class Counts {
    private int opening;
    private int hires;
    private int leavers;
    private int movesIn;
    private int movesOut;
    private int closing;
    private BigDecimal closingFte = BigDecimal.ZERO;

    BridgeFigures figures() {
      return new BridgeFigures(opening, hires, leavers, movesIn, movesOut, closing, closingFte);
    }
  }
}
