package org.cadre.services.common;

/** An upload is over a size or count limit; nothing of it was used. */
public class TooLargeException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String message) {
    super(message);
  }
}
