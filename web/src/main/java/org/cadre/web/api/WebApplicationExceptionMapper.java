package org.cadre.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.cadre.services.common.ServiceException;

/**
 * Unknown paths, wrong methods and malformed parameters, answered as problems too. A parameter that
 * Cadre's own converters refused ({@link NumberParams}) is answered as that refusal.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ServiceException refusal) {
        return ServiceExceptionMapper.answer(refusal);
      }
    }
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that HTTP method.";
          case 415 -> "This content type is not accepted here.";
          default -> status.getReasonPhrase();
        };
    return Response.fromResponse(original)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of()))
        .build();
  }
}
