package org.cadre.services.common;

/** The caller is known but their roles do not allow the action. */
public class AccessDeniedException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
