package org.cadre.services.people;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.org.OrgUnit;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;

/**
 * The org units and their tree as one caller may use them: HR, leadership and administrators see
 * every unit; a manager sees the units they manage and every unit below them.
 */
public final class OrgScope {

  private final Map<String, OrgUnit> units = new LinkedHashMap<>();
  private final OrgTree tree;
  private final Set<String> visible;
  private final Set<String> managed;
  private final boolean everything;

  /**
   * @param managed the units the caller manages
   * @param everything whether the caller sees every unit whatever they manage
   */
  OrgScope(List<OrgUnit> all, Set<String> managed, boolean everything) {
    Map<String, String> parents = new LinkedHashMap<>();
    for (OrgUnit unit : all) {
      units.put(unit.code(), unit);
      parents.put(unit.code(), unit.parentCode());
    }
    this.tree = new OrgTree(parents);
    this.managed = Set.copyOf(managed);
    this.everything = everything;
    if (everything) {
      visible = units.keySet();
    } else {
      visible = new LinkedHashSet<>();
      for (String code : managed) {
        if (units.containsKey(code)) {
          visible.addAll(tree.subtree(code));
        }
      }
    }
  }

  public OrgTree tree() {
    return tree;
  }

  public boolean exists(String code) {
    return units.containsKey(code);
  }

  public OrgUnit unit(String code) {
    return units.get(code);
  }

  public Map<String, OrgUnit> units() {
    return units;
  }

  /** The units the caller may see, each parent before its children. */
  public Set<String> visible() {
    return visible;
  }

  /** The visible units, or null when that is every unit: what repositories take as a filter. */
  public Set<String> filter() {
    return everything ? null : visible;
  }

  public boolean isVisible(String code) {
    return visible.contains(code);
  }

  /** Whether the caller manages a unit above this one, as approving its plans needs. */
  public boolean managesAbove(String code) {
    OrgUnit unit = units.get(code);
    String parent = unit == null ? null : unit.parentCode();
    for (int steps = 0; parent != null && steps < units.size(); steps++) {
      if (managed.contains(parent)) {
        return true;
      }
      OrgUnit up = units.get(parent);
      parent = up == null ? null : up.parentCode();
    }
    return false;
  }

  /** The unit, known and visible to the caller, else a 404 or 403. */
  public OrgUnit require(String code) {
    if (!units.containsKey(code)) {
      throw new NotFoundException("There is no org unit " + code + ".");
    }
    requireVisible(code);
    return units.get(code);
  }

  /** As {@link #require}, but an unknown code is bad input (a 400 naming the parameter). */
  public OrgUnit requireParameter(String parameter, String code) {
    if (code == null || !units.containsKey(code)) {
      throw InvalidInputException.of(parameter, code, "there is no org unit with this code");
    }
    requireVisible(code);
    return units.get(code);
  }

  public void requireVisible(String code) {
    if (!visible.contains(code)) {
      throw new AccessDeniedException(
          "You may see and plan the units you manage and the units below them only; "
              + code
              + " is not one of them.");
    }
  }

  /** The visible units whose parent the caller cannot see: the tops of what they see. */
  public List<String> visibleRoots() {
    return visible.stream()
        .filter(
            code -> {
              String parent = units.get(code).parentCode();
              return parent == null || !visible.contains(parent);
            })
        .sorted()
        .toList();
  }

  /**
   * The visible units depth first from the tops of what the caller sees (each parent before its
   * children, siblings by code), each with how far below its top it is.
   */
  public Map<String, Integer> visibleTree() {
    Map<String, Integer> depths = new LinkedHashMap<>();
    for (String root : visibleRoots()) {
      addSubtree(root, 0, depths);
    }
    return depths;
  }

  private void addSubtree(String code, int depth, Map<String, Integer> depths) {
    depths.put(code, depth);
    for (String child : tree.children(code)) {
      addSubtree(child, depth + 1, depths);
    }
  }

  /** How far below the top of the whole tree the unit is; 0 for a top unit. */
  public int depth(String code) {
    int depth = 0;
    String parent = units.get(code).parentCode();
    while (parent != null && units.containsKey(parent) && depth < units.size()) {
      depth++;
      parent = units.get(parent).parentCode();
    }
    return depth;
  }
}
