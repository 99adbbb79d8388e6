package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/**
 * Everything Cadre holds about one candidate, as they may ask for it: their details, and each
 * application with its history, interviews, scorecards and offers.
 */
public record CandidateExport(
    Instant exportedAt, CandidateView candidate, List<ApplicationRecord> applications) {

  /** One application whole. */
  public record ApplicationRecord(
      ApplicationView application, List<ScorecardView> scorecards, List<OfferView> offers) {}
}
