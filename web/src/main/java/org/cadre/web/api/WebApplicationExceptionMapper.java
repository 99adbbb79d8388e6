package org.cadre.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Unknown paths, wrong methods and malformed path parameters, answered as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
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
