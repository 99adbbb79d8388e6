package org.cadre.services.hiring;

import java.util.List;

/**
 * A scorecard as an interviewer sends it: for which interview (may be left out when the caller has
 * one interview of the application), ratings 1-4 of kit items, notes and the recommendation ({@code
 * STRONG_NO}, {@code NO}, {@code YES}, {@code STRONG_YES}).
 */
public record ScorecardCommand(
    Long interviewId, List<Entry> ratings, String notes, String recommendation) {

  /** One rating: {@code DIMENSION} or {@code SKILL}, the item's name in the kit, 1 to 4. */
  public record Entry(String kind, String item, Integer rating) {}
}
