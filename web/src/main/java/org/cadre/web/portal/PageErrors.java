package org.cadre.web.portal;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with an HTTP error status, shown by the portal's error pages. */
public final class PageErrors {

  /** The request attribute holding the message; the servlet error message arrives HTML-escaped. */
  public static final String MESSAGE = "cadre.error.message";

  private PageErrors() {}

  public static void send(int status, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getRequestMap().put(MESSAGE, message);
    try {
      faces.getExternalContext().responseSendError(status, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
