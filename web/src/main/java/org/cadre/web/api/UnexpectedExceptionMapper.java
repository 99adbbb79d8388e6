package org.cadre.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug: logged with a reference the caller is given, so support can find it; the caller never sees
 * a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "CADRE0500E: unexpected error, reference " + reference, e);
    return Response.serverError()
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "Something went wrong on our side. Reference: " + reference,
                List.of()))
        .build();
  }
}
