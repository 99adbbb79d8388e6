package org.cadre.services.common;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
