package org.cadre.domain.imports;

import java.util.Objects;

/**
 * A record a commit stages, and whether it creates a record or updates the stored one of the same
 * natural key: what the checked plan found.
 */
public record Staged<T>(T record, boolean creates) {

  public Staged {
    Objects.requireNonNull(record, "record");
  }
}
