package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings of one parse, in the order they arose and without repeats. A damaged document can
 * raise a warning per line, so only the first {@value #MAX} are kept and the rest are counted.
 */
final class Warnings {

  static final int MAX = 100;

  private final Set<String> messages = new LinkedHashSet<>();
  private int dropped;

  void add(String message) {
    if (messages.size() < MAX) {
      messages.add(message);
    } else if (!messages.contains(message)) {
      dropped++;
    }
  }

  List<String> list() {
    if (dropped == 0) {
      return List.copyOf(messages);
    }
    List<String> all = new ArrayList<>(messages);
    all.add("… and " + dropped + " more warnings");
    return List.copyOf(all);
  }
}
