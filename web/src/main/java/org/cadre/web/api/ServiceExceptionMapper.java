package org.cadre.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;

/** Turns the services' refusals into HTTP answers, once for the whole API. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

  @Override
  public Response toResponse(ServiceException e) {
    Response.Status status = status(e);
    List<Problem.FieldProblem> errors =
        e instanceof InvalidInputException invalid
            ? invalid.problems().stream()
                .map(p -> new Problem.FieldProblem(p.field(), p.value(), p.reason()))
                .toList()
            : List.of();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage(),
                errors))
        .build();
  }

  private static Response.Status status(ServiceException e) {
    if (e instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof AccessDeniedException) {
      return Response.Status.FORBIDDEN;
    }
    if (e instanceof InvalidInputException) {
      return Response.Status.BAD_REQUEST;
    }
    return Response.Status.CONFLICT;
  }
}
