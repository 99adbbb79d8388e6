package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a scorecard dimension's anchor is stored: which dimension (by position), the label and the
 * text. {@link ScorecardDimension} is what the rest of Cadre sees.
 */
@Embeddable
class ScorecardAnchor {

  @Column(name = "dimension_index", nullable = false)
  private int dimensionIndex;

  @Column(name = "label", nullable = false, length = TechnicalSkill.NAME_MAX)
  private String label;

  @Column(name = "text", length = TechnicalSkill.TEXT_MAX)
  private String text;

  protected ScorecardAnchor() {
    // for JPA
  }

  ScorecardAnchor(int dimensionIndex, String label, String text) {
    this.dimensionIndex = dimensionIndex;
    this.label = Text.required(label, "anchor label", TechnicalSkill.NAME_MAX);
    this.text = Text.optional(text, "anchor text", TechnicalSkill.TEXT_MAX);
  }

  int dimensionIndex() {
    return dimensionIndex;
  }

  String label() {
    return label;
  }

  String text() {
    return text;
  }
}
