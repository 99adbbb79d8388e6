package org.cadre.services.blueprint;

import java.util.List;

/**
 * What importing one document did.
 *
 * @param outcome CREATED (a new blueprint), REVISED (the next revision of a known one), UNCHANGED
 *     (it says what the latest revision says) or FAILED (see {@code error}; nothing stored)
 */
public record ImportResult(
    String fileName,
    Outcome outcome,
    Long blueprintId,
    String title,
    Integer revision,
    List<String> warnings,
    String error) {

  /** What happened to the document. */
  public enum Outcome {
    CREATED,
    REVISED,
    UNCHANGED,
    FAILED
  }

  public ImportResult {
    warnings = List.copyOf(warnings);
  }

  static ImportResult failed(String fileName, String error) {
    return new ImportResult(fileName, Outcome.FAILED, null, null, null, List.of(), error);
  }
}
