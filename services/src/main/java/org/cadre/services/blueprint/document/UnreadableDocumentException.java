package org.cadre.services.blueprint.document;

/**
 * A document could not be read as a role blueprint. The message is meant for the person who
 * uploaded it: it names the file and says why, e.g. {@code "team.json: not a blueprint document:
 * the JSON has no title.rendered/content.rendered (is it a WordPress post export?)"}.
 */
public class UnreadableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
