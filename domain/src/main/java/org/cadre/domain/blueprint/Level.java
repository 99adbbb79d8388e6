package org.cadre.domain.blueprint;

import java.util.Arrays;
import java.util.Optional;

/**
 * Seniority of a role blueprint, from entry level to the top of a function. The rank orders levels
 * by seniority; it is stored beside the level so that the library sorts by it, and spaced so a
 * level can be added between two others.
 */
public enum Level {
  JUNIOR("Junior", 10),
  ASSOCIATE("Associate", 20),
  MID("Mid-level", 30),
  SENIOR("Senior", 40),
  LEAD("Lead", 50),
  STAFF("Staff", 60),
  PRINCIPAL("Principal", 70),
  DISTINGUISHED("Distinguished", 80),
  MANAGER("Manager", 90),
  SENIOR_MANAGER("Senior Manager", 100),
  DIRECTOR("Director", 110),
  HEAD("Head", 120),
  VP("VP", 130),
  CHIEF("Chief", 140);

  private final String label;
  private final int rank;

  Level(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  public String label() {
    return label;
  }

  public int rank() {
    return rank;
  }

  /** The level with this name or label, ignoring case: "SENIOR", "Mid-level", "senior manager". */
  public static Optional<Level> parse(String text) {
    String wanted = text.strip();
    return Arrays.stream(values())
        .filter(
            l ->
                l.name().equalsIgnoreCase(wanted)
                    || l.label().equalsIgnoreCase(wanted)
                    || l.name().replace('_', ' ').equalsIgnoreCase(wanted))
        .findFirst();
  }
}
