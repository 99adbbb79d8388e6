package org.cadre.web.hiring;

import java.util.function.Supplier;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;

/**
 * How hiring pages call the services: a change shows its success message, or the service's refusal
 * as it is worded; a page's first read turns a refusal into the portal's 403 or 404.
 */
final class HiringActions {

  private HiringActions() {}

  /**
   * Runs a change; true when it went through.
   *
   * @param key the message to show when it did
   */
  static boolean act(Runnable change, String key, Object... arguments) {
    try {
      change.run();
      Messages.info(key, arguments);
      return true;
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
      return false;
    }
  }

  /** Reads what a page shows, or ends the request with 403/404; null when it did. */
  static <T> T read(Supplier<T> read) {
    try {
      return read.get();
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    } catch (ServiceException e) {
      PageErrors.send(404, e.getMessage());
    }
    return null;
  }
}
