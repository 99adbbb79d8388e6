package org.cadre.web.portal;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A form posted from a page whose view the server no longer holds (the page stood open past the
 * session's timeout, or the server restarted), or whose view state cannot be read at all, is not an
 * error: the page is loaded again, with {@code expired=true} so it can say why, keeping the page it
 * was to return to ({@code next}).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        ViewExpiredException expired = expired(error);
        boolean unreadable =
            faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && faces.isPostback();
        if (expired != null || unreadable) {
          events.remove();
          reload(
              faces,
              expired != null && expired.getViewId() != null
                  ? expired.getViewId()
                  : faces.getExternalContext().getRequestServletPath());
          return;
        }
      }
      getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable error) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException expired) {
          return expired;
        }
      }
      return null;
    }

    private static void reload(FacesContext faces, String viewId) {
      ExternalContext external = faces.getExternalContext();
      StringBuilder page =
          new StringBuilder(external.getRequestContextPath())
              .append(viewId)
              .append("?expired=true");
      String next = external.getRequestParameterMap().get("next");
      if (next != null && !next.isBlank()) {
        page.append("&next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
      }
      try {
        external.redirect(page.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
