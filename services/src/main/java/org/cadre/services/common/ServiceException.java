package org.cadre.services.common;

/** A use case refused or failed for a reason the user can act on; the message is for people. */
public abstract class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ServiceException(String message) {
    super(message);
  }

  protected ServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
