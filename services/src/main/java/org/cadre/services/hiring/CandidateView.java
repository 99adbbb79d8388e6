package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/**
 * A candidate with their applications.
 *
 * @param mergedInto the candidate this one was merged into, or null
 * @param cvFileName the CV's file name, or null without one
 */
public record CandidateView(
    long id,
    String givenName,
    String familyName,
    String name,
    String email,
    String phone,
    String source,
    String sourceLabel,
    String links,
    String employeeNumber,
    boolean internal,
    Long mergedInto,
    Instant anonymisedAt,
    String createdBy,
    Instant createdAt,
    String cvFileName,
    List<Application> applications) {

  /** One of the candidate's applications. */
  public record Application(
      long id,
      long requisitionId,
      String requisitionTitle,
      String unitName,
      String stage,
      String status,
      String statusLabel,
      Instant appliedAt) {}
}
