package org.cadre.services.blueprint.document;

/**
 * Raised inside the parser when a document cannot be read as a blueprint; the message is the
 * user-facing reason, to which {@link BlueprintDocumentParser} adds the file name.
 */
final class Rejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Rejection(String reason) {
    super(reason, null, false, false);
  }
}
