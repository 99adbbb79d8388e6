package org.cadre.domain.blueprint;

/** Seniority of a role blueprint, from entry level to the top of a function. */
public enum Level {
  JUNIOR("Junior"),
  ASSOCIATE("Associate"),
  MID("Mid-level"),
  SENIOR("Senior"),
  LEAD("Lead"),
  STAFF("Staff"),
  PRINCIPAL("Principal"),
  DISTINGUISHED("Distinguished"),
  MANAGER("Manager"),
  SENIOR_MANAGER("Senior Manager"),
  DIRECTOR("Director"),
  HEAD("Head"),
  VP("VP"),
  CHIEF("Chief");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
