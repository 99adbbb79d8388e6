package org.cadre.services.blueprint.document;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The nesting of list items written as text, told by their indentation: an item indented further
 * than the one before is nested in it, one indented as an earlier item is that item's sibling,
 * however many spaces each level takes (two, four, a tab).
 */
final class ListNesting {

  /** The indentations of the open levels, innermost first. */
  private final Deque<Integer> indents = new ArrayDeque<>();

  /** The depth of an item at this indentation: 0 at the top level. */
  int depthFor(int indent) {
    while (!indents.isEmpty() && indents.peek() > indent) {
      indents.pop();
    }
    if (indents.isEmpty() || indents.peek() < indent) {
      indents.push(indent);
    }
    return indents.size() - 1;
  }

  /** The list ended: the next item starts a new one. */
  void clear() {
    indents.clear();
  }
}
