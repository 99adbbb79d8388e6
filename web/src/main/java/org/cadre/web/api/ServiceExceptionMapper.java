package org.cadre.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.RevisionRequiredException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.common.StorageFullException;
import org.cadre.services.common.TooLargeException;

/** Turns the services' refusals into HTTP answers, once for the whole API. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

  @Override
  public Response toResponse(ServiceException e) {
    return answer(e);
  }

  /** The answer to a refusal, wherever in the API it is caught. */
  static Response answer(ServiceException e) {
    Response.StatusType status = status(e);
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

  /** A status {@link Response.Status} does not name. */
  private record Named(int code, String reason) implements Response.StatusType {

    @Override
    public int getStatusCode() {
      return code;
    }

    @Override
    public Response.Status.Family getFamily() {
      return Response.Status.Family.familyOf(code);
    }

    @Override
    public String getReasonPhrase() {
      return reason;
    }
  }

  private static final Response.StatusType UNPROCESSABLE = new Named(422, "Unprocessable Content");
  private static final Response.StatusType PRECONDITION_REQUIRED =
      new Named(428, "Precondition Required");
  private static final Response.StatusType INSUFFICIENT_STORAGE =
      new Named(507, "Insufficient Storage");

  private static Response.StatusType status(ServiceException e) {
    if (e instanceof StaleRevisionException) {
      return Response.Status.PRECONDITION_FAILED;
    }
    if (e instanceof RevisionRequiredException) {
      return PRECONDITION_REQUIRED;
    }
    if (e instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof AccessDeniedException) {
      return Response.Status.FORBIDDEN;
    }
    if (e instanceof InvalidInputException) {
      return Response.Status.BAD_REQUEST;
    }
    if (e instanceof StorageFullException) {
      return INSUFFICIENT_STORAGE;
    }
    if (e instanceof TooLargeException) {
      return Response.Status.REQUEST_ENTITY_TOO_LARGE;
    }
    if (e instanceof RejectedDocumentException) {
      return UNPROCESSABLE;
    }
    return Response.Status.CONFLICT;
  }
}
