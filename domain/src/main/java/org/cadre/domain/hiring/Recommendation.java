package org.cadre.domain.hiring;

/** An interviewer's overall call. */
public enum Recommendation {
  STRONG_NO("Strong no"),
  NO("No"),
  YES("Yes"),
  STRONG_YES("Strong yes");

  private final String label;

  Recommendation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
