package org.cadre.services.hiring;

import java.util.List;

/**
 * What interviewers of an application rate, from its requisition's blueprint revision: the rating
 * scale, the scorecard dimensions with their anchors, and the must-have skills with their required
 * levels (0-5).
 */
public record InterviewKitView(
    long applicationId,
    long requisitionId,
    String blueprintTitle,
    int blueprintRevision,
    List<Scale> scale,
    List<Item> dimensions,
    List<Item> skills) {

  /** One rating of the scale and what it means. */
  public record Scale(int rating, String label) {}

  /** An item to rate; the required level is null for a dimension. */
  public record Item(
      String kind, String name, String description, List<Anchor> anchors, Integer requiredLevel) {}

  /** A rating anchor of a dimension, as the blueprint words it. */
  public record Anchor(String label, String text) {}
}
