package org.cadre.services.hiring;

/**
 * What creating or changing a candidate takes. The source is one of the {@code CandidateSource}
 * names (e.g. {@code REFERRAL}); links one per line; the employee number makes them internal.
 */
public record CandidateCommand(
    String givenName,
    String familyName,
    String email,
    String phone,
    String source,
    String links,
    String employeeNumber) {}
