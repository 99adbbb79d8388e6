package org.cadre.services.hiring;

import java.util.List;
import org.cadre.services.common.ConflictException;

/**
 * A candidate being created looks like one Cadre knows: which one, and which fields matched.
 * Nothing was created.
 *
 * @see org.cadre.domain.hiring.DuplicateRule
 */
public class DuplicateCandidateException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final long candidateId;
  private final List<String> matchedFields;

  public DuplicateCandidateException(String message, long candidateId, List<String> matchedFields) {
    super(message);
    this.candidateId = candidateId;
    this.matchedFields = List.copyOf(matchedFields);
  }

  public long candidateId() {
    return candidateId;
  }

  public List<String> matchedFields() {
    return matchedFields;
  }
}
