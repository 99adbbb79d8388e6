package org.cadre.domain.hiring;

import java.util.Map;

/**
 * One thing an interview kit asks to rate: a scorecard dimension with its anchors, or a must-have
 * skill with its competency and required level (0-5).
 *
 * @param competencyId null for a dimension, or a skill not linked to the catalogue
 * @param requiredLevel null for a dimension
 */
public record KitItem(
    KitItemKind kind,
    String name,
    String description,
    Map<String, String> anchors,
    Long competencyId,
    Integer requiredLevel) {

  public KitItem {
    anchors =
        anchors == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(anchors));
  }
}
