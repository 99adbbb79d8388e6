package org.cadre.domain.hiring;

import java.util.Objects;

/**
 * A candidate as an import states them: the stored candidate the row updates (null for a new one)
 * and their details.
 */
public record CandidateRecord(Long candidateId, CandidateDetails details) {

  public CandidateRecord {
    Objects.requireNonNull(details, "details");
  }

  /**
   * These details over the stored ones: what the row gives replaces what is stored, an empty cell
   * keeps the stored value, and so does an email or phone that is the stored one written another
   * way ({@link DuplicateRule}).
   */
  public static CandidateDetails over(CandidateDetails row, CandidateDetails stored) {
    boolean sameEmail =
        row.email() == null
            || Objects.equals(
                DuplicateRule.emailKey(row.email()), DuplicateRule.emailKey(stored.email()));
    boolean samePhone =
        row.phone() == null
            || (DuplicateRule.phoneKey(row.phone()) != null
                && Objects.equals(
                    DuplicateRule.phoneKey(row.phone()), DuplicateRule.phoneKey(stored.phone())));
    return new CandidateDetails(
        row.givenName(),
        row.familyName(),
        sameEmail ? stored.email() : row.email(),
        samePhone ? stored.phone() : row.phone(),
        row.source() != null ? row.source() : stored.source(),
        row.links() != null ? row.links() : stored.links(),
        row.employeeNumber() != null ? row.employeeNumber() : stored.employeeNumber());
  }
}
