package org.cadre.services.common;

/**
 * The caller sent a change made to a revision that someone else has changed since: nothing was
 * saved, and the message says what changed.
 */
public class StaleRevisionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public StaleRevisionException(String message) {
    super(message);
  }
}
