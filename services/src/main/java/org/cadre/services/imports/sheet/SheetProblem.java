package org.cadre.services.imports.sheet;

import org.cadre.services.common.ByteSizes;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.common.TooLargeException;

/**
 * Raised inside the reader when a whole file cannot be read; the message is the user-facing reason,
 * to which {@link SheetReader} adds the file name.
 */
final class SheetProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean overLimit;

  private SheetProblem(String reason, boolean overLimit, Throwable cause) {
    super(reason, cause, false, false);
    this.overLimit = overLimit;
  }

  /** The file is not a spreadsheet the reader can use. */
  static SheetProblem rejected(String reason) {
    return new SheetProblem(reason, false, null);
  }

  /** The file is damaged; the cause is kept for the logs, not shown. */
  static SheetProblem damaged(String reason, Throwable cause) {
    return new SheetProblem(reason, false, cause);
  }

  /** The file is over one of the {@link SheetLimits}. */
  static SheetProblem overLimit(String reason) {
    return new SheetProblem(reason, true, null);
  }

  ServiceException forFile(String fileName) {
    String message = fileName + ": " + getMessage();
    ServiceException exception =
        overLimit ? new TooLargeException(message) : new RejectedDocumentException(message);
    if (getCause() != null) {
      exception.initCause(getCause());
    }
    return exception;
  }

  /** A size as limits are usually set: "50 MB", "1.5 MB", "64 KB". */
  static String size(long bytes) {
    return ByteSizes.text(bytes);
  }
}
