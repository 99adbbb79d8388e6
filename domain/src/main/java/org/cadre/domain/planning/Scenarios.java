package org.cadre.domain.planning;

/**
 * What scenarios are called: every plan belongs to one, and the plans in force are those of the
 * baseline; a what-if is a {@link Scenario} of its own name. A constant of its own, so that code
 * that may not touch entities (the web) can name the baseline too.
 */
public final class Scenarios {

  /** The scenario of the plans in force. */
  public static final String BASELINE = "baseline";

  private Scenarios() {}
}
