package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/** A submitted scorecard with its ratings; edits counts changes after submission. */
public record ScorecardView(
    long id,
    long interviewId,
    String stage,
    String interviewer,
    String recommendation,
    String recommendationLabel,
    String notes,
    List<RatingView> ratings,
    Instant submittedAt,
    Instant updatedAt,
    int edits) {

  /** One rating and what it means on the scale. */
  public record RatingView(
      String kind, String item, int rating, String label, Integer requiredLevel) {}
}
