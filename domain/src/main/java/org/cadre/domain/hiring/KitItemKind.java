package org.cadre.domain.hiring;

/** What an interview kit asks interviewers to rate. */
public enum KitItemKind {
  /** A scorecard dimension of the blueprint, with its rating anchors. */
  DIMENSION,
  /** A must-have technical skill of the blueprint, with its required level. */
  SKILL
}
