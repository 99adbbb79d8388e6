package org.cadre.services.common;

/** The server has no room left to keep an upload; nothing of it was kept. */
public class StorageFullException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public StorageFullException(String message) {
    super(message);
  }
}
