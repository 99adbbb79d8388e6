package org.cadre.services.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.services.people.OrgScope;

/**
 * What a pack is of: one unit's subtree, or the whole organisation a caller sees (the subtrees of
 * the tops of what they see). Its groups are the units directly below it, by which the pack
 * subtotals and charts.
 *
 * @param code null for the whole organisation
 * @param roots the unit, or the tops of the organisation the caller sees
 */
record PackSubject(OrgScope scope, String code, String name, List<String> roots) {

  static PackSubject unit(OrgScope scope, OrgUnit unit) {
    return new PackSubject(scope, unit.code(), unit.name(), List.of(unit.code()));
  }

  /**
   * @param name what the whole organisation is called in the pack's language
   */
  static PackSubject organisation(OrgScope scope, String name) {
    return new PackSubject(scope, null, name, scope.visibleRoots());
  }

  boolean isOrganisation() {
    return code == null;
  }

  /** Every unit of the pack, each with the units below it. */
  Set<String> units() {
    Set<String> units = new LinkedHashSet<>();
    roots.forEach(root -> units.addAll(scope.tree().subtree(root)));
    return units;
  }

  /** The units the pack subtotals by: those directly below it. */
  List<String> groups() {
    return isOrganisation() ? roots : scope.tree().children(code);
  }

  /**
   * The units below the pack's unit that get a page of their own, parents first, each with how far
   * below the pack's unit it is (1 for a group).
   */
  List<Placed> pages(UnitDetail detail) {
    List<Placed> placed = new ArrayList<>();
    for (String group : groups()) {
      placed.addAll(pages(group, detail));
    }
    return placed;
  }

  /** The group and the units below it that get a page of their own, parents first. */
  List<Placed> pages(String group, UnitDetail detail) {
    List<Placed> placed = new ArrayList<>();
    add(group, 1, detail, placed);
    return placed;
  }

  private void add(String code, int depth, UnitDetail detail, List<Placed> placed) {
    OrgUnit unit = scope.unit(code);
    if (detail == UnitDetail.DEPARTMENTS && unit.kind() == OrgUnitKind.TEAM) {
      return;
    }
    placed.add(new Placed(unit, depth));
    for (String child : scope.tree().children(code)) {
      add(child, depth + 1, detail, placed);
    }
  }

  /** A unit and how far below the pack's unit it is. */
  record Placed(OrgUnit unit, int depth) {}
}
