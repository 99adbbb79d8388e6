package org.cadre.domain.hiring;

import java.util.Set;

/** A candidate already known who looks like the one given, and why. */
public record DuplicateMatch(long candidateId, String name, Set<MatchedField> matched) {

  public DuplicateMatch {
    matched = Set.copyOf(matched);
  }
}
