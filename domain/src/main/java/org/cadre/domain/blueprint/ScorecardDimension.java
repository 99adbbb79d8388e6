package org.cadre.domain.blueprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dimension of the hiring scorecard with its rating anchors, label to text in the blueprint's
 * order ("What 5 looks like", "Meets bar"...); no anchors when the blueprint only names it.
 */
public record ScorecardDimension(String dimension, Map<String, String> anchors) {

  public ScorecardDimension {
    dimension = Text.required(dimension, "scorecard dimension", TechnicalSkill.NAME_MAX);
    anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
  }
}
