package org.cadre.domain.people;

import java.util.Set;
import org.cadre.domain.blueprint.Level;

/**
 * Which employees to list.
 *
 * @param unitCodes the units they are in, or null for anywhere
 * @param blueprintId the blueprint they hold, or null for any
 * @param level their level, or null for any
 * @param text part of their name or number, or null
 */
public record EmployeeSearch(Set<String> unitCodes, Long blueprintId, Level level, String text) {

  public EmployeeSearch {
    unitCodes = unitCodes == null ? null : Set.copyOf(unitCodes);
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
