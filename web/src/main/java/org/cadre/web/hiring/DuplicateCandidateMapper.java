package org.cadre.web.hiring;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.cadre.services.hiring.DuplicateCandidateException;
import org.cadre.web.api.Problem;

/**
 * A candidate refused as a duplicate: 409, problem+json with the candidate it matches and the
 * fields that matched, so the client can offer to use or merge that one.
 */
@Provider
public class DuplicateCandidateMapper implements ExceptionMapper<DuplicateCandidateException> {

  /** The problem, with the matching candidate and the matched fields. */
  public record DuplicateProblem(
      String type,
      String title,
      int status,
      String detail,
      long candidateId,
      List<String> matchedFields) {}

  @Override
  public Response toResponse(DuplicateCandidateException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new DuplicateProblem(
                "about:blank",
                Response.Status.CONFLICT.getReasonPhrase(),
                409,
                e.getMessage(),
                e.candidateId(),
                e.matchedFields()))
        .build();
  }
}
