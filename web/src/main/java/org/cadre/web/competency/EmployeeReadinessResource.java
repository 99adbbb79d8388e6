package org.cadre.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cadre.services.competency.ReadinessService;
import org.cadre.services.competency.ReadinessView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's readiness for blueprints; a manager reads the people of their own subtree only. */
@Path("employees")
@RequestScoped
@Tag(name = "Competencies")
public class EmployeeReadinessResource {

  @Inject private ReadinessService readiness;
  @Inject private CallerContext callers;

  @GET
  @Path("{number}/readiness")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Readiness by both methods, skill by skill: for the blueprint given, else for the"
              + " person's own blueprint and the next roles of its career path")
  public List<ReadinessView> readiness(
      @PathParam("number") String number, @QueryParam("blueprint") Long blueprint) {
    return readiness.readiness(callers.caller(), number, blueprint);
  }
}
