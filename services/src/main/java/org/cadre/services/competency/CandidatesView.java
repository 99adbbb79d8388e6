package org.cadre.services.competency;

import java.util.List;

/**
 * Internal candidates for a blueprint, ranked, and how many more there are in units the caller may
 * not see (a manager sees candidates of their own subtree by name and only the count of others).
 */
public record CandidatesView(List<CandidateView> candidates, int othersOutsideScope) {

  public CandidatesView {
    candidates = List.copyOf(candidates);
  }

  /**
   * One candidate.
   *
   * @param blueprintId the blueprint they hold now, or null
   * @param readiness proportional readiness for the blueprint asked for
   */
  public record CandidateView(
      String number,
      String name,
      String unitCode,
      Long blueprintId,
      double readiness,
      int weightedGap) {}
}
