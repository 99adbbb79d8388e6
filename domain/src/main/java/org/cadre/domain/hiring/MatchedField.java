package org.cadre.domain.hiring;

import java.util.List;

/** Why two candidates look like the same person. */
public enum MatchedField {
  /** The same email address once normalised. */
  EMAIL(List.of("email")),
  /** The same name and the same phone number, each normalised. */
  NAME_AND_PHONE(List.of("name", "phone"));

  private final List<String> fields;

  MatchedField(List<String> fields) {
    this.fields = fields;
  }

  /** The fields that matched, as the API names them. */
  public List<String> fields() {
    return fields;
  }
}
