package org.cadre.reports;

/** A report could not be produced; a bug or a broken template, never the user's input. */
public class ReportRenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportRenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}
