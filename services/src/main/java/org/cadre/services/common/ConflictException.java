package org.cadre.services.common;

/**
 * The change collides with the current state: someone else changed it, or it is not allowed now.
 */
public class ConflictException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
