package org.cadre.domain.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of the organisation: which unit sits under which, by code. Answers subtrees (what a
 * manager may see) and finds cycles (which an import must refuse).
 */
public final class OrgTree {

  private final Map<String, String> parents;
  private final Map<String, List<String>> children = new HashMap<>();

  /**
   * @param parents each unit's parent code, null for a top unit
   */
  public OrgTree(Map<String, String> parents) {
    this.parents = new HashMap<>(parents);
    parents.forEach(
        (code, parent) -> {
          if (parent != null) {
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
          }
        });
    children.values().forEach(list -> list.sort(null));
  }

  public boolean contains(String code) {
    return parents.containsKey(code);
  }

  /** The unit and every unit below it, the unit first. */
  public Set<String> subtree(String code) {
    Set<String> subtree = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(code));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (subtree.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return subtree;
  }

  public List<String> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /** The units without a parent, by code. */
  public List<String> roots() {
    return parents.entrySet().stream()
        .filter(e -> e.getValue() == null || !parents.containsKey(e.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /**
   * A cycle through the given unit's parents, as the chain of codes from the unit back to itself
   * ("A > B > C > A"), or empty when following its parents ends at the top.
   */
  public Optional<List<String>> cycleFrom(String code) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String current = code;
    while (current != null && parents.containsKey(current)) {
      if (!seen.add(current)) {
        int start = chain.indexOf(current);
        List<String> cycle = new ArrayList<>(chain.subList(start, chain.size()));
        cycle.add(current);
        return Optional.of(cycle);
      }
      chain.add(current);
      current = parents.get(current);
    }
    return Optional.empty();
  }
}
