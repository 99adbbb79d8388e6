package org.cadre.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cadre.services.common.PlainText;
import org.cadre.services.planning.ScenarioComparison;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Planning scenarios: copy the baseline, compare with it, promote to it. */
@Path("scenarios")
@RequestScoped
@Tag(name = "Planning")
public class ScenarioResource {

  /** What {@code POST /api/scenarios} takes. */
  public record NewScenario(
      @NotNull(message = "a scenario needs a name") @PlainText String name,
      @NotNull(message = "a scenario needs the unit whose subtree it copies") String orgUnit,
      @NotNull(message = "a scenario needs its first quarter, e.g. \"2030-Q1\"") String from,
      @NotNull(message = "a scenario needs its last quarter, e.g. \"2030-Q4\"") String to) {}

  @Inject private ScenarioService scenarios;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The scenarios of the units the caller sees")
  public List<ScenarioView> list() {
    return scenarios.list(callers.caller());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Copy the baseline of a subtree and range of quarters into a new scenario")
  public Response create(
      @Valid @NotNull(message = "send the scenario as JSON") NewScenario scenario) {
    return Response.status(Response.Status.CREATED)
        .entity(
            scenarios.create(
                callers.caller(),
                scenario.name(),
                scenario.orgUnit(),
                scenario.from(),
                scenario.to()))
        .build();
  }

  @GET
  @Path("{name}/compare")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Delta FTE and cost per unit and blueprint against the baseline")
  public ScenarioComparison compare(
      @PathParam("name") String name,
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return scenarios.compare(callers.caller(), name, orgUnit, from, to);
  }

  @POST
  @Path("{name}/promote")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make the scenario's plans the baseline's newest drafts")
  public ScenarioView promote(@PathParam("name") String name) {
    return scenarios.promote(callers.caller(), name);
  }
}
