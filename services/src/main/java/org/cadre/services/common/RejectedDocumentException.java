package org.cadre.services.common;

/** An uploaded document could not be used, for the reason given; nothing of it was stored. */
public class RejectedDocumentException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public RejectedDocumentException(String message) {
    super(message);
  }
}
