package org.cadre.services.common;

/** A change did not say which revision it was made to, so a lost update could not be ruled out. */
public class RevisionRequiredException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public RevisionRequiredException(String message) {
    super(message);
  }
}
